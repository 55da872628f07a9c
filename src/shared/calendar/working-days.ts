/**
 * Working days (*jours ouvrés*): Monday to Friday, minus French public holidays.
 *
 * Mon Compte Formation counts its delays in *jours ouvrés*; Saturdays are never counted
 * (that would be *jours ouvrables*).
 */
import { NATIONAL_HOLIDAYS, isPublicHoliday, type HolidayOptions } from './holidays.ts';
import { addDays, isoWeekday, type PlainDate } from './plain-date.ts';

export function isWeekend(date: PlainDate): boolean {
  return isoWeekday(date) >= 6;
}

export function isWorkingDay(date: PlainDate, options: HolidayOptions = NATIONAL_HOLIDAYS): boolean {
  return !isWeekend(date) && !isPublicHoliday(date, options);
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: PlainDate, options: HolidayOptions = NATIONAL_HOLIDAYS): PlainDate {
  let day = addDays(date, 1);
  while (!isWorkingDay(day, options)) day = addDays(day, 1);
  return day;
}

/** The last working day strictly before `date`. */
export function previousWorkingDay(date: PlainDate, options: HolidayOptions = NATIONAL_HOLIDAYS): PlainDate {
  let day = addDays(date, -1);
  while (!isWorkingDay(day, options)) day = addDays(day, -1);
  return day;
}

/**
 * Counts `count` working days from `date`, not counting `date` itself, and returns the day on
 * which the count ends (always a working day when `count` ≠ 0). A negative count goes back.
 * `addWorkingDays(d, 0)` is `d`.
 *
 * Example: from Thursday 2026-05-07, 1 working day is Monday 2026-05-11 (8 May is a holiday,
 * then the weekend).
 */
export function addWorkingDays(date: PlainDate, count: number, options: HolidayOptions = NATIONAL_HOLIDAYS): PlainDate {
  if (!Number.isInteger(count)) throw new RangeError(`addWorkingDays expects an integer, got ${count}`);
  let day = date;
  const step = count >= 0 ? nextWorkingDay : previousWorkingDay;
  for (let remaining = Math.abs(count); remaining > 0; remaining -= 1) day = step(day, options);
  return day;
}

/**
 * Number of working days strictly between `from` and `to` (both excluded). Zero when `to` is not
 * after `from`.
 */
export function workingDaysStrictlyBetween(
  from: PlainDate,
  to: PlainDate,
  options: HolidayOptions = NATIONAL_HOLIDAYS,
): number {
  let count = 0;
  for (let day = addDays(from, 1); day < to; day = addDays(day, 1)) {
    if (isWorkingDay(day, options)) count += 1;
  }
  return count;
}
