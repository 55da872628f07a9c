/**
 * French public holidays (*jours fériés*, Code du travail L3133-1), computed for any year.
 *
 * Eleven national holidays: eight on fixed dates and three that follow Easter Sunday
 * (lundi de Pâques, Ascension, lundi de Pentecôte). The lundi de Pentecôte stays a public
 * holiday even where employers use it as the *journée de solidarité*.
 *
 * Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle; Code du travail L3134-13) adds the vendredi saint
 * and the Saint-Étienne (26 December). They are off unless a tenant enables them.
 *
 * The current list exists since 1982 (8 May restored by loi 81-893), so years before are refused.
 */
import { addDays, plainDate, type PlainDate } from './plain-date.ts';

export interface HolidayOptions {
  /** Add the two local holidays of Alsace-Moselle. */
  alsaceMoselle: boolean;
}

export const NATIONAL_HOLIDAYS: HolidayOptions = { alsaceMoselle: false };

export const HOLIDAY_CODES = [
  'jour_de_l_an',
  'vendredi_saint',
  'lundi_de_paques',
  'fete_du_travail',
  'victoire_1945',
  'ascension',
  'lundi_de_pentecote',
  'fete_nationale',
  'assomption',
  'toussaint',
  'armistice_1918',
  'noel',
  'saint_etienne',
] as const;
export type HolidayCode = (typeof HOLIDAY_CODES)[number];

export interface PublicHoliday {
  date: PlainDate;
  code: HolidayCode;
  /** French name, for the UI. */
  label: string;
}

export const FIRST_SUPPORTED_YEAR = 1982;
export const LAST_SUPPORTED_YEAR = 9998;

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
    throw new RangeError(
      `Public holidays are computed for years ${FIRST_SUPPORTED_YEAR} to ${LAST_SUPPORTED_YEAR}, not ${year}`,
    );
  }
}

/**
 * Easter Sunday in the Gregorian calendar (anonymous algorithm, as given by Meeus,
 * *Astronomical Algorithms*, ch. 8). Valid for every Gregorian year.
 */
export function easterSunday(year: number): PlainDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return plainDate(year, month, day);
}

/** The public holidays of a year, sorted by date. */
export function frenchPublicHolidays(year: number, options: HolidayOptions = NATIONAL_HOLIDAYS): PublicHoliday[] {
  checkYear(year);
  const easter = easterSunday(year);
  const holidays: PublicHoliday[] = [
    { date: plainDate(year, 1, 1), code: 'jour_de_l_an', label: 'Jour de l’an' },
    { date: addDays(easter, 1), code: 'lundi_de_paques', label: 'Lundi de Pâques' },
    { date: plainDate(year, 5, 1), code: 'fete_du_travail', label: 'Fête du Travail' },
    { date: plainDate(year, 5, 8), code: 'victoire_1945', label: 'Victoire 1945' },
    { date: addDays(easter, 39), code: 'ascension', label: 'Ascension' },
    { date: addDays(easter, 50), code: 'lundi_de_pentecote', label: 'Lundi de Pentecôte' },
    { date: plainDate(year, 7, 14), code: 'fete_nationale', label: 'Fête nationale' },
    { date: plainDate(year, 8, 15), code: 'assomption', label: 'Assomption' },
    { date: plainDate(year, 11, 1), code: 'toussaint', label: 'Toussaint' },
    { date: plainDate(year, 11, 11), code: 'armistice_1918', label: 'Armistice 1918' },
    { date: plainDate(year, 12, 25), code: 'noel', label: 'Noël' },
  ];
  if (options.alsaceMoselle) {
    holidays.push(
      { date: addDays(easter, -2), code: 'vendredi_saint', label: 'Vendredi saint (Alsace-Moselle)' },
      { date: plainDate(year, 12, 26), code: 'saint_etienne', label: 'Saint-Étienne (Alsace-Moselle)' },
    );
  }
  // Ascension (Easter + 39) can fall on 1 May (as in 2008) or 8 May; both stay listed.
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

const cache = new Map<string, ReadonlySet<string>>();

function holidaySet(year: number, options: HolidayOptions): ReadonlySet<string> {
  const key = `${year}:${options.alsaceMoselle ? 'am' : 'fr'}`;
  let set = cache.get(key);
  if (!set) {
    set = new Set(frenchPublicHolidays(year, options).map((holiday) => holiday.date));
    cache.set(key, set);
  }
  return set;
}

export function isPublicHoliday(date: PlainDate, options: HolidayOptions = NATIONAL_HOLIDAYS): boolean {
  return holidaySet(Number(date.slice(0, 4)), options).has(date);
}

/** The holiday falling on `date`, if any. */
export function publicHolidayOn(
  date: PlainDate,
  options: HolidayOptions = NATIONAL_HOLIDAYS,
): PublicHoliday | undefined {
  return frenchPublicHolidays(Number(date.slice(0, 4)), options).find((holiday) => holiday.date === date);
}
