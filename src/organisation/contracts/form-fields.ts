/**
 * Form fields shared by the organisation's and intake's schemas: free text, e-mail, phone, digits,
 * integers and dates, trimmed and checked with French messages.
 */
import { z } from 'zod';
import { multiLine } from '../../shared/text.ts';
import { DATE_OUT_OF_RANGE_MESSAGE, IMPOSSIBLE_DATE_MESSAGE, isSensibleDate } from '../../shared/fields.ts';
import { isPlainDate } from '../../shared/calendar/plain-date.ts';

/** Free text, trimmed; `''` becomes null. Tabs and line breaks are kept (addresses, conditions). */
export const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} ne doit pas dépasser ${max.toLocaleString('fr-FR')} caractères.`)
    .check(multiLine())
    .optional()
    .transform((v) => (v ? v : null));

export const requiredText = (max: number, missing: string, what: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(max, `${what} ne doit pas dépasser ${max.toLocaleString('fr-FR')} caractères.`)
    .check(multiLine());

export const optionalEmail = (what: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .max(254, `${what} est trop longue.`)
    .optional()
    .transform((v) => (v ? v : null))
    .refine(
      (v) => v === null || z.email().safeParse(v).success,
      `${what} n’est pas valide (par exemple contact@exemple.fr).`,
    );

const phonePattern = /^\+?[0-9 .()-]{6,30}$/;
export const optionalPhone = (what: string) =>
  z
    .string()
    .trim()
    .max(30, `${what} est trop long.`)
    .optional()
    .transform((v) => (v ? v : null))
    .refine(
      (v) => v === null || phonePattern.test(v),
      `${what} n’est pas valide : chiffres, espaces et « + » seulement, par exemple 04 72 00 00 00.`,
    );

/** Digits typed with optional spaces (SIRET, NDA), stored without them. */
export const optionalDigits = (count: number, message: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v ?? '').replace(/[\s\u00A0]/g, ''))
    .refine((v) => v === '' || new RegExp(`^\\d{${count}}$`).test(v), message)
    .transform((v) => (v ? v : null));

/** A whole number typed in a text field; `''` becomes null. */
export const optionalInteger = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (/^\d{1,3}$/.test(v) && Number(v) >= min && Number(v) <= max), message)
    .transform((v) => (v ? Number(v) : null));

export const optionalDate = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || /^\d{4}-\d{2}-\d{2}$/.test(v), 'Indiquez une date valide, par exemple 31/12/2027.')
  .refine((v) => !v || !/^\d{4}-\d{2}-\d{2}$/.test(v) || isSensibleDate(v), {
    error: (issue) => (isPlainDate(String(issue.input)) ? DATE_OUT_OF_RANGE_MESSAGE : IMPOSSIBLE_DATE_MESSAGE),
  })
  .transform((v) => (v ? v : null));
