/**
 * The financial year a BPF covers (legal.md BPF-01: the last closed financial year). Calendar year
 * by default; an organisation whose financial year starts another month passes that month (Sillage
 * has no such setting yet: decision 051). Year `Y` is the financial year that starts in `Y`.
 *
 * A séance belongs to the year of its start as French clocks show it (Europe/Paris): a séance
 * starting on 31 December at 23:30 in Paris (22:30 UTC) belongs to that year, one starting on
 * 1 January at 00:30 in Paris (still 31 December, 23:30 UTC) to the next.
 */
import { parisLocalDateTime } from '../../shared/calendar/paris-time.ts';
import { datePart } from '../../shared/calendar/local-date-time.ts';
import { addDays, plainDate, type PlainDate } from '../../shared/calendar/plain-date.ts';

/** Years a BPF may be asked for (the database's CHECK). */
export const BPF_YEARS = { min: 2000, max: 2099 } as const;

export interface FiscalYear {
  year: number;
  /** First day, in France. */
  from: PlainDate;
  /** Last day, in France (inclusive). */
  to: PlainDate;
}

export function fiscalYear(year: number, startMonth = 1): FiscalYear {
  const from = plainDate(year, startMonth, 1);
  const next = plainDate(year + 1, startMonth, 1);
  return { year, from, to: addDays(next, -1) };
}

/** The Paris day of an instant. */
export function parisDay(instant: Date): PlainDate {
  return datePart(parisLocalDateTime(instant));
}

/** The financial year (its starting year) a Paris day falls in. */
export function fiscalYearOf(day: PlainDate, startMonth = 1): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return month >= startMonth ? year : year - 1;
}

/** True when the instant falls in the financial year, by its Paris day. */
export function inFiscalYear(instant: Date, fy: FiscalYear): boolean {
  const day = parisDay(instant);
  return day >= fy.from && day <= fy.to;
}
