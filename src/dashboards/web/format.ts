/** Days and hours the French way: « lundi 7 décembre 2026 », « 9 h 30 » (Europe/Paris). */
const DAY = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Paris',
});
const TIME = new Intl.DateTimeFormat('fr-FR', { hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Paris' });

/** « lundi 7 décembre 2026 » for an instant (ISO) or a day (AAAA-MM-JJ). */
export function frenchDay(isoOrDate: string): string {
  const at = /^\d{4}-\d{2}-\d{2}$/.test(isoOrDate) ? new Date(`${isoOrDate}T12:00:00Z`) : new Date(isoOrDate);
  return DAY.format(at);
}

/** « 9 h 30 », « 14 h ». */
export function frenchTime(iso: string): string {
  const parts = Object.fromEntries(TIME.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  const hour = Number(parts.hour);
  return parts.minute === '00' ? `${hour} h` : `${hour} h ${parts.minute}`;
}

/** The Paris day of an instant, AAAA-MM-JJ (to group séances by day). */
export function parisDay(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(iso));
}
