/**
 * Plain calendar dates (`YYYY-MM-DD`), with no time zone and no `Date` object.
 *
 * Legal delays are counted in calendar or working days, so the domain works on dates only.
 * Arithmetic goes through a day number (days since 1970-01-01 in the proleptic Gregorian
 * calendar), computed with Howard Hinnant's civil-date algorithms: exact, and independent of the
 * host's time zone or daylight saving time.
 */
import { z } from 'zod';

/** A valid calendar date written `YYYY-MM-DD`. Build one with `parsePlainDate` or `PlainDateSchema`. */
export type PlainDate = string & { readonly __brand: 'PlainDate' };

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const PLAIN_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Thrown when a text is not a valid `YYYY-MM-DD` date (message in French, for 4xx answers). */
export class InvalidDateError extends Error {
  readonly code = 'invalid_date';
  readonly input: string;
  constructor(input: string) {
    super(`La date « ${input} » n’est pas valide : format attendu AAAA-MM-JJ (par exemple 2026-05-04).`);
    this.name = 'InvalidDateError';
    this.input = input;
  }
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** True when `input` is a real date written `YYYY-MM-DD` (2026-02-29 is not). */
export function isPlainDate(input: string): input is PlainDate {
  const match = PLAIN_DATE_PATTERN.exec(input);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Parses a `YYYY-MM-DD` text; throws `InvalidDateError` otherwise. */
export function parsePlainDate(input: string): PlainDate {
  if (!isPlainDate(input)) throw new InvalidDateError(input);
  return input;
}

/** Zod schema for edges (HTTP, forms, parameter overrides): validates and brands. */
export const PlainDateSchema = z
  .string()
  .refine(isPlainDate, { message: 'Date invalide : format attendu AAAA-MM-JJ (par exemple 2026-05-04).' })
  .transform((value) => value as PlainDate);

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function dateParts(date: PlainDate): DateParts {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Builds a date from its parts; throws `InvalidDateError` when the parts do not form a date. */
export function plainDate(year: number, month: number, day: number): PlainDate {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parsePlainDate(text);
}

/** Days since 1970-01-01 (negative before). */
export function toDayNumber(date: PlainDate): number {
  const { year, month, day } = dateParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Inverse of `toDayNumber`. */
export function fromDayNumber(dayNumber: number): PlainDate {
  if (!Number.isSafeInteger(dayNumber)) throw new RangeError(`Not a day number: ${dayNumber}`);
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 1 || year > 9999) throw new RangeError(`Date out of the supported range (years 1 to 9999): ${year}`);
  return plainDate(year, month, day);
}

export function addDays(date: PlainDate, days: number): PlainDate {
  if (!Number.isInteger(days)) throw new RangeError(`addDays expects an integer, got ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Adds months, clamping to the last day of the target month (2026-08-31 + 6 months = 2027-02-28). */
export function addMonths(date: PlainDate, months: number): PlainDate {
  if (!Number.isInteger(months)) throw new RangeError(`addMonths expects an integer, got ${months}`);
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return plainDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** Adds years, clamping 29 February to 28 February in common years. */
export function addYears(date: PlainDate, years: number): PlainDate {
  return addMonths(date, years * 12);
}

export function isoWeekday(date: PlainDate): IsoWeekday {
  // 1970-01-01 was a Thursday (ISO 4).
  const offset = (((toDayNumber(date) + 3) % 7) + 7) % 7;
  return (offset + 1) as IsoWeekday;
}

export function compareDates(a: PlainDate, b: PlainDate): -1 | 0 | 1 {
  // `YYYY-MM-DD` strings sort like the dates they name.
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isBefore(a: PlainDate, b: PlainDate): boolean {
  return a < b;
}

export function isAfter(a: PlainDate, b: PlainDate): boolean {
  return a > b;
}

export function maxDate(a: PlainDate, b: PlainDate): PlainDate {
  return a > b ? a : b;
}
