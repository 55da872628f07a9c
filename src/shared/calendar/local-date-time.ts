/**
 * Wall-clock date-times (`YYYY-MM-DDTHH:mm`) in the organisation's local time, without a zone.
 *
 * Sessions are planned and compared on the wall clock of the organisation (Europe/Paris for
 * every provider we know of). The adapters convert to and from instants; the domain only
 * needs ordering and durations. Durations are computed on the wall clock, so a session that
 * spans a daylight-saving change (at 2 or 3 a.m.) would be off by an hour: no bilan session
 * is held at that time.
 */
import { z } from 'zod';
import { InvalidDateError, isPlainDate, toDayNumber, type PlainDate } from './plain-date.ts';

/** A valid local date-time written `YYYY-MM-DDTHH:mm` (24-hour clock). */
export type LocalDateTime = string & { readonly __brand: 'LocalDateTime' };

const PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

export function isLocalDateTime(input: string): input is LocalDateTime {
  const match = PATTERN.exec(input);
  if (!match || !isPlainDate(match[1] ?? '')) return false;
  return Number(match[2]) <= 23 && Number(match[3]) <= 59;
}

/** Thrown when a text is not a valid `YYYY-MM-DDTHH:mm` date-time. */
export class InvalidDateTimeError extends Error {
  readonly code = 'invalid_date_time';
  readonly input: string;
  constructor(input: string) {
    super(
      `La date et l’heure « ${input} » ne sont pas valides : format attendu AAAA-MM-JJTHH:MM (par exemple 2026-05-22T09:30).`,
    );
    this.name = 'InvalidDateTimeError';
    this.input = input;
  }
}

export function parseLocalDateTime(input: string): LocalDateTime {
  if (!isLocalDateTime(input)) throw new InvalidDateTimeError(input);
  return input;
}

export const LocalDateTimeSchema = z
  .string()
  .refine(isLocalDateTime, {
    message: 'Date et heure invalides : format attendu AAAA-MM-JJTHH:MM (par exemple 2026-05-22T09:30).',
  })
  .transform((value) => value as LocalDateTime);

/** The calendar date of a local date-time. */
export function datePart(dateTime: LocalDateTime): PlainDate {
  const date = dateTime.slice(0, 10);
  if (!isPlainDate(date)) throw new InvalidDateError(date);
  return date;
}

/** Minutes since 1970-01-01T00:00 on the wall clock. */
export function toWallMinutes(dateTime: LocalDateTime): number {
  const hours = Number(dateTime.slice(11, 13));
  const minutes = Number(dateTime.slice(14, 16));
  return toDayNumber(datePart(dateTime)) * 1440 + hours * 60 + minutes;
}

/** Wall-clock minutes from `from` to `to` (negative when `to` is earlier). */
export function minutesBetween(from: LocalDateTime, to: LocalDateTime): number {
  return toWallMinutes(to) - toWallMinutes(from);
}

export function compareDateTimes(a: LocalDateTime, b: LocalDateTime): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The start of a day as a local date-time (`YYYY-MM-DDT00:00`). */
export function startOfDay(date: PlainDate): LocalDateTime {
  return `${date}T00:00` as LocalDateTime;
}
