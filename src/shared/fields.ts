/**
 * Field schemas shared by the API (validation at the edge) and the web forms (same messages).
 * Messages are French: they are shown to users as they are.
 */
import { z } from 'zod';
import { oneLine } from './text.ts';
import { isPlainDate } from './calendar/plain-date.ts';

/** A one-line name: trimmed, no control characters. */
export const personName = (label: 'prénom' | 'nom') =>
  z
    .string({ error: `Indiquez le ${label}.` })
    .trim()
    .min(1, `Indiquez le ${label}.`)
    .max(100, `Le ${label} ne doit pas dépasser 100 caractères.`)
    .check(oneLine(`Le ${label} contient des caractères non autorisés.`));

export const emailField = z
  .string({ error: 'Indiquez une adresse e-mail.' })
  .trim()
  .min(1, 'Indiquez une adresse e-mail.')
  .max(254, 'L’adresse e-mail est trop longue.')
  .toLowerCase()
  .pipe(z.email({ error: 'Indiquez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.' }));

/** The password typed at login: only presence and a sane length are checked here. */
export const loginPassword = z
  .string({ error: 'Indiquez votre mot de passe.' })
  .min(1, 'Indiquez votre mot de passe.')
  .max(1000, 'Le mot de passe est trop long.');

/** A new password: the policy (length, not the e-mail) is checked by the domain in the service. */
export const newPassword = z
  .string({ error: 'Choisissez un mot de passe.' })
  .min(1, 'Choisissez un mot de passe.')
  .max(1000, 'Le mot de passe est trop long.');

export const organisationName = z
  .string({ error: 'Indiquez le nom de l’organisme.' })
  .trim()
  .min(1, 'Indiquez le nom de l’organisme.')
  .min(2, 'Le nom de l’organisme doit contenir au moins 2 caractères.')
  .max(200, 'Le nom de l’organisme ne doit pas dépasser 200 caractères.')
  .check(oneLine('Le nom de l’organisme contient des caractères non autorisés.'));

/** An opaque token from an e-mailed link (base64url, 43 characters for 32 bytes). */
export const linkToken = z.string().regex(/^[A-Za-z0-9_-]{32,128}$/);

export const uuidParam = z.uuid();

export const PASSWORD_MESSAGES = {
  too_short: 'Le mot de passe doit contenir au moins 12 caractères.',
  too_long: 'Le mot de passe ne doit pas dépasser 200 caractères.',
  same_as_email: 'Le mot de passe ne doit pas être votre adresse e-mail.',
  blank: 'Choisissez un mot de passe qui ne soit pas fait que d’espaces.',
  common:
    'Ce mot de passe est trop courant et serait deviné facilement : choisissez-en un autre, par exemple une phrase de plusieurs mots.',
} as const;

/** The years a date typed anywhere in Sillage may fall in; closer bounds are checked by each use case. */
export const DATE_YEARS = { min: 1900, max: 2099 } as const;

export const IMPOSSIBLE_DATE_MESSAGE = 'Cette date n’existe pas dans le calendrier : vérifiez le jour et le mois.';
export const DATE_OUT_OF_RANGE_MESSAGE = `Indiquez une date entre ${DATE_YEARS.min} et ${DATE_YEARS.max}.`;

/** True when `v` (AAAA-MM-JJ) is a real calendar date within `DATE_YEARS`. */
export function isSensibleDate(v: string): boolean {
  return isPlainDate(v) && Number(v.slice(0, 4)) >= DATE_YEARS.min && Number(v.slice(0, 4)) <= DATE_YEARS.max;
}

/** The checks of a date field after its format: it exists (no 30 February) and its year is sensible. */
export const calendarDate = () =>
  z.check<string>((ctx) => {
    const v = ctx.value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || isSensibleDate(v)) return;
    ctx.issues.push({
      code: 'custom',
      input: v,
      message: isPlainDate(v) ? DATE_OUT_OF_RANGE_MESSAGE : IMPOSSIBLE_DATE_MESSAGE,
    });
  });

/** A calendar date as the browser's date field sends it (AAAA-MM-JJ), that exists, within `DATE_YEARS`. */
export const isoDateField = (missing: string, malformed: string = missing) =>
  z
    .string({ error: missing })
    .regex(/^\d{4}-\d{2}-\d{2}$/, malformed)
    .check(calendarDate());

/** A wall-clock time (HH:MM), for the start or the end of an appointment. */
export const clockTimeField = (what: 'début' | 'fin') =>
  z
    .string({ error: `Indiquez l’heure de ${what}.` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `Indiquez l’heure de ${what} au format HH:MM, par exemple 14:00.`);
