/**
 * Whether a wall-clock time exists in France (Europe/Paris). In spring the clocks go from 02:00 to
 * 03:00, so 02:30 on that Sunday never happens: a séance or an interview is not planned then. In
 * autumn 02:00–02:59 happens twice; `fromParisLocal` (src/platform/clock.ts) always takes the first
 * one (summer time), so such a time is accepted and means the same instant every time.
 *
 * Pure: reads only the time-zone rules shipped with the JavaScript engine (Intl), no clock.
 */
import type { z } from 'zod';
import type { LocalDateTime } from './local-date-time.ts';

const PARIS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function parisWallClock(ms: number): string {
  const parts = Object.fromEntries(PARIS.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The wall-clock time an instant shows in France, for texts (e-mails) built by the domain. */
export function parisLocalDateTime(instant: Date): LocalDateTime {
  return parisWallClock(instant.getTime()) as LocalDateTime;
}

/** True when `date` (AAAA-MM-JJ) at `time` (HH:MM) is a time French clocks show; false in the spring gap. */
export function existsInParis(date: string, time: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match || !clock) return false;
  const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(clock[1]), Number(clock[2]));
  // France is UTC+1 in winter and UTC+2 in summer: the time exists when one of them reads it back.
  return [1, 2].some((hours) => parisWallClock(wall - hours * 3_600_000) === `${date}T${time}`);
}

/** The French message for a time in the spring gap. */
export function missingParisTimeMessage(what: 'début' | 'fin'): string {
  return (
    `L’heure de ${what} n’existe pas ce jour-là : les horloges passent de 2 h à 3 h (heure d’été). ` +
    'Choisissez une heure à partir de 3 h.'
  );
}

/** A date and times that French clocks show (not in the spring daylight-saving gap). */
export function refuseMissingParisTimes(v: { date: string; start: string; end: string }, ctx: z.RefinementCtx): void {
  for (const [field, what] of [
    ['start', 'début'],
    ['end', 'fin'],
  ] as const) {
    if (!existsInParis(v.date, v[field]))
      ctx.addIssue({ code: 'custom', path: [field], message: missingParisTimeMessage(what) });
  }
}
