/** The field schemas of the exploration's contracts: texts with their limits, codes, revisions, dates. */
import { z } from 'zod';
import { isoDateField } from '../../shared/fields.ts';
import { multiLine, oneLine } from '../../shared/text.ts';
import { frenchCount } from '../../portfolio/domain/portfolio.ts';
import { CODE_ROME } from '../domain/model.ts';

/** Too long: says how long the text is and how long it may be. */
const tooLong = (what: string, max: number) =>
  z.check<string>((ctx) => {
    if (ctx.value.length > max)
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `${what} ne doit pas dépasser ${frenchCount(max)} caractères (${frenchCount(ctx.value.length)} saisis) : raccourcissez le texte.`,
      });
  });

const emptyIsNull = (v: string | null | undefined) =>
  v === undefined || v === null || v.trim() === '' ? null : v.trim();

/** An optional one-line text: empty means none (null). */
export const optionalLine = (what: string, max: number) =>
  z
    .string({ error: `${what} doit être un texte.` })
    .nullish()
    .transform(emptyIsNull)
    .pipe(z.string().check(tooLong(what, max)).check(oneLine()).nullable());

/** An optional text of several lines: empty means none (null). */
export const optionalText = (what: string, max: number) =>
  z
    .string({ error: `${what} doit être un texte.` })
    .nullish()
    .transform(emptyIsNull)
    .pipe(z.string().check(tooLong(what, max)).check(multiLine()).nullable());

export const requiredText = (missing: string, what: string, max: number) =>
  z.string({ error: missing }).trim().min(1, missing).check(tooLong(what, max)).check(multiLine());

export const requiredLine = (missing: string, what: string, max: number) =>
  z.string({ error: missing }).trim().min(1, missing).check(tooLong(what, max)).check(oneLine());

const ROME_MESSAGE = 'Ce code ROME est mal formé : une lettre et quatre chiffres, par exemple M1607.';
export const codeRome = z.string({ error: ROME_MESSAGE }).regex(CODE_ROME, ROME_MESSAGE);
export const optionalCodeRome = z
  .string({ error: ROME_MESSAGE })
  .nullish()
  .transform((v) => (v === undefined || v === null || v === '' ? null : v))
  .pipe(codeRome.nullable());

const OGR_MESSAGE = 'Ce code ROME est mal formé : il compte de 1 à 6 chiffres.';
export const optionalOgr = z
  .string({ error: OGR_MESSAGE })
  .nullish()
  .transform((v) => (v === undefined || v === null || v === '' ? null : v))
  .pipe(
    z
      .string()
      .regex(/^[0-9]{1,6}$/, OGR_MESSAGE)
      .nullable(),
  );

/** The revision the client edited: 0 for a new item. */
export const revision = z
  .number({ error: 'La version de l’élément est manquante : rechargez la page.' })
  .int('La version de l’élément est mal formée : rechargez la page.')
  .min(0, 'La version de l’élément est mal formée : rechargez la page.')
  .max(2_000_000_000, 'La version de l’élément est mal formée : rechargez la page.');

export const itemId = z.uuid({ error: 'Cet identifiant est mal formé.' });

export const optionalDate = (malformed: string) =>
  z
    .string({ error: malformed })
    .nullish()
    .transform((v) => (v === undefined || v === null || v === '' ? null : v))
    .pipe(isoDateField(malformed).nullable());

/** One of `values`, or null when absent or empty. */
export const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .enum(values, { error: message })
    .nullish()
    .transform((v) => v ?? null);
