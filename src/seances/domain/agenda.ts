/**
 * The consultant's agenda: which days a week or a month view shows, and how far one page may reach
 * (the API refuses a longer range). Weeks start on Monday, as in France. Pure: dates only.
 */
import {
  addDays,
  addMonths,
  daysBetween,
  isoWeekday,
  plainDate,
  dateParts,
  daysInMonth,
  type PlainDate,
} from '../../shared/calendar/plain-date.ts';
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR, frenchPublicHolidays } from '../../shared/calendar/holidays.ts';

export const AGENDA_VIEWS = ['semaine', 'mois'] as const;
export type AgendaView = (typeof AGENDA_VIEWS)[number];

/** Six weeks: the longest month view (a month spread over six Monday-to-Sunday rows). */
export const AGENDA_MAX_DAYS = 42;

export interface AgendaRange {
  /** First day shown (a Monday). */
  from: PlainDate;
  /** Last day shown, included (a Sunday). */
  to: PlainDate;
}

/** The Monday of the week of `date`. */
export function mondayOf(date: PlainDate): PlainDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** The days a view shows around `date`: its week, or the whole weeks covering its month. */
export function agendaRange(view: AgendaView, date: PlainDate): AgendaRange {
  if (view === 'semaine') {
    const from = mondayOf(date);
    return { from, to: addDays(from, 6) };
  }
  const { year, month } = dateParts(date);
  const first = plainDate(year, month, 1);
  const last = plainDate(year, month, daysInMonth(year, month));
  return { from: mondayOf(first), to: addDays(mondayOf(last), 6) };
}

/** Every day of a range, in order. */
export function daysOf(range: AgendaRange): PlainDate[] {
  const count = daysBetween(range.from, range.to) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(range.from, i));
}

/** The date the « Précédent » or « Suivant » button leads to. */
export function shiftAgenda(view: AgendaView, date: PlainDate, step: -1 | 1): PlainDate {
  if (view === 'semaine') return addDays(mondayOf(date), 7 * step);
  const { year, month } = dateParts(date);
  return addMonths(plainDate(year, month, 1), step);
}

/** Whether a requested range is one page of the agenda: in order and at most six weeks. */
export function agendaRangeProblem(from: PlainDate, to: PlainDate): 'reversed' | 'too_long' | undefined {
  const days = daysBetween(from, to);
  if (days < 0) return 'reversed';
  if (days + 1 > AGENDA_MAX_DAYS) return 'too_long';
  return undefined;
}

/** The national public holidays within a range (none before 1982, when they are not computed). */
export function holidaysIn(range: AgendaRange): { date: PlainDate; label: string }[] {
  const years = new Set(daysOf(range).map((d) => dateParts(d).year));
  return [...years]
    .filter((y) => y >= FIRST_SUPPORTED_YEAR && y <= LAST_SUPPORTED_YEAR)
    .flatMap((y) => frenchPublicHolidays(y))
    .filter((h) => h.date >= range.from && h.date <= range.to)
    .map((h) => ({ date: h.date, label: h.label }));
}
