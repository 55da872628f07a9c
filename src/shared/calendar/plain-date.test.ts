import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  InvalidDateError,
  PlainDateSchema,
  addDays,
  addMonths,
  addYears,
  daysBetween,
  fromDayNumber,
  isPlainDate,
  isoWeekday,
  parsePlainDate,
  toDayNumber,
} from './plain-date.ts';
import { datePart, isLocalDateTime, minutesBetween, parseLocalDateTime } from './local-date-time.ts';

const d = parsePlainDate;

/** Any date from 1990 to 2100, as a day number. */
const dayNumbers = fc.integer({ min: toDayNumber(d('1990-01-01')), max: toDayNumber(d('2100-12-31')) });

describe('plain dates', () => {
  it('accepts real dates only', () => {
    expect(isPlainDate('2026-05-04')).toBe(true);
    expect(isPlainDate('2024-02-29')).toBe(true);
    expect(isPlainDate('2026-02-29')).toBe(false);
    expect(isPlainDate('2100-02-29')).toBe(false);
    expect(isPlainDate('2000-02-29')).toBe(true);
    expect(isPlainDate('2026-13-01')).toBe(false);
    expect(isPlainDate('2026-04-31')).toBe(false);
    expect(isPlainDate('2026-5-4')).toBe(false);
    expect(isPlainDate('04/05/2026')).toBe(false);
    expect(isPlainDate('2026-05-04T10:00')).toBe(false);
  });

  it('names the bad input in French', () => {
    expect(() => parsePlainDate('2026-02-30')).toThrow(InvalidDateError);
    expect(() => parsePlainDate('demain')).toThrow('La date « demain » n’est pas valide');
    expect(PlainDateSchema.safeParse('2026-02-30').success).toBe(false);
    expect(PlainDateSchema.parse('2026-02-28')).toBe('2026-02-28');
  });

  it('knows day numbers and weekdays', () => {
    expect(toDayNumber(d('1970-01-01'))).toBe(0);
    expect(toDayNumber(d('1969-12-31'))).toBe(-1);
    expect(toDayNumber(d('2000-03-01'))).toBe(11017);
    expect(isoWeekday(d('1970-01-01'))).toBe(4);
    expect(isoWeekday(d('2026-05-04'))).toBe(1);
    expect(isoWeekday(d('2026-05-24'))).toBe(7);
    expect(isoWeekday(d('2027-01-01'))).toBe(5);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays(d('2026-02-28'), 1)).toBe('2026-03-01');
    expect(addDays(d('2028-02-28'), 1)).toBe('2028-02-29');
    expect(addDays(d('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addDays(d('2026-01-01'), -1)).toBe('2025-12-31');
    expect(daysBetween(d('2026-05-04'), d('2026-05-14'))).toBe(10);
  });

  it('adds months and years, clamping to the end of the month', () => {
    expect(addMonths(d('2026-06-30'), 6)).toBe('2026-12-30');
    expect(addMonths(d('2026-08-31'), 6)).toBe('2027-02-28');
    expect(addMonths(d('2027-08-31'), 6)).toBe('2028-02-29');
    expect(addMonths(d('2026-01-15'), -1)).toBe('2025-12-15');
    expect(addYears(d('2028-02-29'), 1)).toBe('2029-02-28');
    expect(addYears(d('2026-03-01'), -5)).toBe('2021-03-01');
  });

  it('round-trips day numbers and agrees with the weekday sequence (property)', () => {
    fc.assert(
      fc.property(dayNumbers, fc.integer({ min: -800, max: 800 }), (n, k) => {
        const date = fromDayNumber(n);
        expect(isPlainDate(date)).toBe(true);
        expect(toDayNumber(date)).toBe(n);
        expect(daysBetween(date, addDays(date, k))).toBe(k);
        expect(isoWeekday(addDays(date, 7))).toBe(isoWeekday(date));
      }),
    );
  });
});

describe('local date-times', () => {
  it('validates and measures wall-clock durations', () => {
    expect(isLocalDateTime('2026-05-22T09:30')).toBe(true);
    expect(isLocalDateTime('2026-05-22T24:00')).toBe(false);
    expect(isLocalDateTime('2026-02-30T09:00')).toBe(false);
    expect(isLocalDateTime('2026-05-22 09:30')).toBe(false);
    expect(() => parseLocalDateTime('22/05/2026 9h30')).toThrow('ne sont pas valides');
    const start = parseLocalDateTime('2026-05-22T23:30');
    expect(minutesBetween(start, parseLocalDateTime('2026-05-23T01:00'))).toBe(90);
    expect(datePart(start)).toBe('2026-05-22');
  });
});
