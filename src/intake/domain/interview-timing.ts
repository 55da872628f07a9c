/**
 * When an entretien préalable may be planned: ahead (the person receives an invitation), or
 * just held (a call-back that became the entretien), up to a few days back so that its report can
 * be recorded; never further back, and never more than a year ahead.
 */
import { addYears, parsePlainDate } from '../../shared/calendar/plain-date.ts';

/** How far back an entretien already held may still be entered. */
export const HELD_INTERVIEW_DAYS = 7;
/** How far ahead an entretien préalable may be planned. */
export const MAX_INTERVIEW_YEARS = 1;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The French refusal for the slot's date, or null when it may be planned. `today` is Paris's date of `now`. */
export function interviewDateRefusal(slot: { date: string; startsAt: Date }, now: Date, today: string): string | null {
  if (slot.startsAt.getTime() < now.getTime() - HELD_INTERVIEW_DAYS * DAY_MS)
    return `Cette date est trop ancienne : un entretien déjà tenu s’enregistre dans les ${HELD_INTERVIEW_DAYS} jours.`;
  if (slot.date > addYears(parsePlainDate(today), MAX_INTERVIEW_YEARS))
    return `L’entretien ne peut pas être planifié plus de ${MAX_INTERVIEW_YEARS} an à l’avance.`;
  return null;
}

/** Whether the entretien has begun (held or under way): only then is it invited to, never after. */
export function interviewHasBegun(startsAt: Date, now: Date): boolean {
  return startsAt.getTime() <= now.getTime();
}
