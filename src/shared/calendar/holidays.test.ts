import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { easterSunday, frenchPublicHolidays, isPublicHoliday, publicHolidayOn } from './holidays.ts';
import { isoWeekday, parsePlainDate } from './plain-date.ts';
import {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysStrictlyBetween,
} from './working-days.ts';

const d = parsePlainDate;
const dates = (year: number, alsaceMoselle = false) =>
  frenchPublicHolidays(year, { alsaceMoselle }).map((holiday) => `${holiday.date} ${holiday.code}`);

describe('Easter Sunday', () => {
  it('matches published dates', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2038)).toBe('2038-04-25'); // latest possible date
    expect(easterSunday(2285)).toBe('2285-03-22'); // earliest possible date
  });

  it('is always a Sunday between 22 March and 25 April (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1982, max: 3000 }), (year) => {
        const easter = easterSunday(year);
        expect(isoWeekday(easter)).toBe(7);
        expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25').toBe(true);
      }),
    );
  });
});

describe('French public holidays', () => {
  it('lists the eleven holidays of 2026', () => {
    expect(dates(2026)).toEqual([
      '2026-01-01 jour_de_l_an',
      '2026-04-06 lundi_de_paques',
      '2026-05-01 fete_du_travail',
      '2026-05-08 victoire_1945',
      '2026-05-14 ascension',
      '2026-05-25 lundi_de_pentecote',
      '2026-07-14 fete_nationale',
      '2026-08-15 assomption',
      '2026-11-01 toussaint',
      '2026-11-11 armistice_1918',
      '2026-12-25 noel',
    ]);
  });

  it('lists the eleven holidays of 2027', () => {
    expect(dates(2027)).toEqual([
      '2027-01-01 jour_de_l_an',
      '2027-03-29 lundi_de_paques',
      '2027-05-01 fete_du_travail',
      '2027-05-06 ascension',
      '2027-05-08 victoire_1945',
      '2027-05-17 lundi_de_pentecote',
      '2027-07-14 fete_nationale',
      '2027-08-15 assomption',
      '2027-11-01 toussaint',
      '2027-11-11 armistice_1918',
      '2027-12-25 noel',
    ]);
  });

  it('adds vendredi saint and Saint-Étienne in Alsace-Moselle only', () => {
    expect(dates(2026, true)).toContain('2026-04-03 vendredi_saint');
    expect(dates(2026, true)).toContain('2026-12-26 saint_etienne');
    expect(dates(2026, true)).toHaveLength(13);
    expect(isPublicHoliday(d('2027-03-26'))).toBe(false);
    expect(isPublicHoliday(d('2027-03-26'), { alsaceMoselle: true })).toBe(true);
  });

  it('gives French labels', () => {
    expect(publicHolidayOn(d('2026-05-14'))?.label).toBe('Ascension');
    expect(publicHolidayOn(d('2026-01-01'))?.label).toBe('Jour de l’an');
    expect(publicHolidayOn(d('2026-05-15'))).toBeUndefined();
  });

  it('refuses years before the current list existed', () => {
    expect(() => frenchPublicHolidays(1981)).toThrow(RangeError);
  });
});

describe('working days', () => {
  it('excludes weekends and holidays, even a holiday on a weekday', () => {
    expect(isWorkingDay(d('2026-05-13'))).toBe(true); // Wednesday
    expect(isWorkingDay(d('2026-05-14'))).toBe(false); // Ascension, Thursday
    expect(isWorkingDay(d('2026-05-16'))).toBe(false); // Saturday
    expect(isWorkingDay(d('2026-07-14'))).toBe(false); // Tuesday
    expect(isWorkingDay(d('2026-12-26'))).toBe(false); // Saturday
    expect(isWorkingDay(d('2027-12-27'))).toBe(true); // Monday after Christmas
  });

  it('moves to the next and previous working days', () => {
    expect(nextWorkingDay(d('2026-05-07'))).toBe('2026-05-11'); // over 8 May and the weekend
    expect(nextWorkingDay(d('2026-05-22'))).toBe('2026-05-26'); // over the lundi de Pentecôte
    expect(previousWorkingDay(d('2026-04-07'))).toBe('2026-04-03'); // over the lundi de Pâques
    expect(previousWorkingDay(d('2026-04-07'), { alsaceMoselle: true })).toBe('2026-04-02');
  });

  it('adds working days over Christmas and New Year', () => {
    // From Wed 2026-12-23: Thu 24 (1), [Fri 25 Noël, weekend], Mon 28 (2), Tue 29 (3),
    // Wed 30 (4), Thu 31 (5), [Fri 2027-01-01, weekend], Mon 2027-01-04 (6).
    expect(addWorkingDays(d('2026-12-23'), 6)).toBe('2027-01-04');
    expect(addWorkingDays(d('2027-01-04'), -6)).toBe('2026-12-23');
    expect(addWorkingDays(d('2026-12-23'), 0)).toBe('2026-12-23');
  });

  it('counts working days strictly between two dates', () => {
    expect(workingDaysStrictlyBetween(d('2026-05-04'), d('2026-05-22'))).toBe(11);
    expect(workingDaysStrictlyBetween(d('2026-05-22'), d('2026-05-04'))).toBe(0);
  });

  it('adding then subtracting n working days from a working day returns it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 * 365 }), fc.integer({ min: -40, max: 40 }), (offset, n) => {
        const start = nextWorkingDay(parsePlainDate('2024-12-31'));
        const day = addWorkingDays(start, Math.floor(offset / 7));
        const moved = addWorkingDays(day, n);
        expect(addWorkingDays(moved, -n)).toBe(day);
        if (n > 0) expect(workingDaysStrictlyBetween(day, moved)).toBe(n - 1);
      }),
      { numRuns: 200 },
    );
  });
});
