/** The only source of "now" for services and jobs; tests pass a fixed or movable clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock for tests: starts at `start`, moves only when told. */
export function fixedClock(start: Date | string): Clock & { set(d: Date | string): void; advance(ms: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (d) => (current = new Date(d)),
    advance: (ms) => (current = new Date(current.getTime() + ms)),
  };
}

/** Made once: building an Intl formatter costs far more than formatting with it. */
const PARIS_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in France (Europe/Paris) at an instant, as `YYYY-MM-DD`. */
export function parisDate(at: Date): string {
  return PARIS_DATE.format(at);
}

const PARIS_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function parisOffsetMs(at: Date): number {
  const parts = Object.fromEntries(PARIS_PARTS.formatToParts(at).map((p) => [p.type, p.value]));
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/** The wall-clock time in France at an instant, as `YYYY-MM-DDTHH:mm` (the domain's LocalDateTime). */
export function toParisLocal(at: Date): string {
  const shifted = new Date(at.getTime() + parisOffsetMs(at));
  return shifted.toISOString().slice(0, 16);
}

/**
 * The instant of a wall-clock time in France. In the hour skipped in spring the time is read with
 * the winter offset (02:30 → 03:30 CEST); in the hour repeated in autumn, the first one is taken.
 */
export function fromParisLocal(local: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) throw new Error(`Not a local date-time: ${local}`);
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // France is UTC+2 in summer and UTC+1 in winter: try both, keep those that read back the same.
  const summer = new Date(wall - 2 * 3_600_000);
  const winter = new Date(wall - 3_600_000);
  if (toParisLocal(summer) === local) return summer;
  return winter;
}

/** A date and a wall-clock time typed in Paris, as an instant. */
export function localInstant(date: string, time: string): Date {
  return fromParisLocal(`${date}T${time}`);
}
