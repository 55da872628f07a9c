/** Small layout helpers of the report charts (pure, tested). */

/** Splits a label into at most two lines of about `max` characters (the second one shortened if needed). */
export function wrapLabel(label: string, max = 26): string[] {
  if (label.length <= max) return [label];
  const cut = label.lastIndexOf(' ', max);
  const first = cut > 0 ? label.slice(0, cut) : label.slice(0, max);
  const rest = label.slice(first.length).trim();
  return [first, rest.length > max ? `${rest.slice(0, max - 1).trimEnd()}…` : rest];
}

/** Axis ticks: whole numbers between min and max, at most about eight of them. */
export function axisTicks(min: number, max: number): number[] {
  const span = Math.max(1, Math.floor(max) - Math.ceil(min));
  const step = Math.max(1, Math.ceil(span / 8));
  const ticks: number[] = [];
  for (let t = Math.ceil(min); t <= max + 1e-9; t += step) ticks.push(t);
  return ticks;
}
