/**
 * The organisation's profile and offers, edited by its admin. Shared by the API (validation at the
 * edge) and the forms.
 */
import { z } from 'zod';
import { multiLine, oneLine } from '../../shared/text.ts';
import { parseEurosToCents } from '../../shared/rules/amounts.ts';
import { hoursField } from '../../bilans/contracts/schemas.ts';
import { organisationName } from '../../shared/fields.ts';
import { OFFER_MODALITIES, type OfferModality } from '../domain/offers.ts';
import { VAT_REGIMES, type VatRegime } from '../domain/vat.ts';
import {
  optionalDate,
  optionalDigits,
  optionalEmail,
  optionalInteger,
  optionalPhone,
  optionalText,
  requiredText,
} from './form-fields.ts';

/** A VAT rate typed in French ("20", "5,5"), in basis points; `''` becomes null. */
const optionalVatRate = z
  .string()
  .trim()
  .optional()
  .refine(
    (v) => !v || (/^\d{1,2}([.,]\d{1,2})?$/.test(v) && Number(v.replace(',', '.')) > 0),
    'Indiquez le taux de TVA en pourcentage, par exemple 20 ou 5,5.',
  )
  .transform((v) => (v ? Math.round(Number(v.replace(',', '.')) * 100) : null));

/** One line of text, trimmed; `''` becomes null. */
const optionalLine = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} ne doit pas dépasser ${max} caractères.`)
    .check(oneLine())
    .optional()
    .transform((v) => (v ? v : null));

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const OrganisationProfileSchema = z
  .object({
    name: organisationName,
    slug: z
      .string({ error: 'Indiquez l’adresse de la page publique.' })
      .trim()
      .min(3, 'L’adresse de la page publique doit contenir au moins 3 caractères.')
      .max(60, 'L’adresse de la page publique ne doit pas dépasser 60 caractères.')
      .regex(
        SLUG_PATTERN,
        'Utilisez des lettres minuscules sans accent, des chiffres et des tirets, par exemple cap-avenir.',
      ),
    legalName: optionalText(200, 'La raison sociale'),
    siret: optionalDigits(14, 'Le SIRET compte 14 chiffres.'),
    address: optionalText(300, 'L’adresse'),
    postalCode: optionalDigits(5, 'Le code postal compte 5 chiffres.'),
    city: optionalText(100, 'La ville'),
    phone: optionalPhone('Le téléphone'),
    contactEmail: optionalEmail('L’adresse e-mail de contact'),
    ndaNumber: optionalDigits(11, 'Le numéro de déclaration d’activité compte 11 chiffres.'),
    qualiopiCertificateNumber: optionalText(100, 'Le numéro de certificat'),
    qualiopiCertifier: optionalText(200, 'Le nom du certificateur'),
    qualiopiScope: optionalText(500, 'Le périmètre de certification'),
    qualiopiExpiresOn: optionalDate,
    accessibilityContactName: optionalText(200, 'Le nom du ou de la référent·e handicap'),
    accessibilityContactEmail: optionalEmail('L’adresse e-mail du ou de la référent·e handicap'),
    accessibilityContactPhone: optionalPhone('Le téléphone du ou de la référent·e handicap'),
    accessibilityConditions: optionalText(4000, 'Les conditions d’accessibilité'),
    commitmentFirstAnswerDays: optionalInteger(1, 60, 'Indiquez un nombre de jours entre 1 et 60.'),
    commitmentFirstAppointmentDays: optionalInteger(1, 120, 'Indiquez un nombre de jours entre 1 et 120.'),
    followUpMonths: z
      .string({ error: 'Indiquez le délai de l’entretien de suivi.' })
      .trim()
      .refine(
        (v) => /^\d{1,2}$/.test(v) && Number(v) >= 3 && Number(v) <= 12,
        'Indiquez un nombre de mois entre 3 et 12.',
      )
      .transform(Number),
    publicPageEnabled: z.boolean({ error: 'Indiquez si la page publique est en ligne.' }),
    // Printed on quotes, contracts and conventions (R6313-8): the VAT mention and who signs.
    vatRegime: z
      .union([z.enum(VAT_REGIMES), z.literal('')], { error: 'Choisissez le régime de TVA dans la liste.' })
      .optional()
      .transform((v) => (v ? v : null)),
    vatRate: optionalVatRate,
    signatoryName: optionalLine(200, 'Le nom du ou de la signataire'),
    signatoryRole: optionalLine(200, 'La fonction du ou de la signataire'),
    // The payment terms printed by the quote and the convention (null: the default clause).
    paymentTerms: optionalText(2000, 'Les modalités de paiement'),
  })
  .superRefine((v, ctx) => {
    if (v.vatRegime === 'subject' && v.vatRate === null)
      ctx.addIssue({
        code: 'custom',
        path: ['vatRate'],
        message: 'Indiquez le taux de TVA appliqué, par exemple 20.',
      });
    if (v.vatRegime !== 'subject' && v.vatRate !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['vatRate'],
        message: 'Indiquez un taux seulement si l’organisme facture la TVA.',
      });
    if ((v.signatoryName === null) !== (v.signatoryRole === null))
      ctx.addIssue({
        code: 'custom',
        path: [v.signatoryName === null ? 'signatoryName' : 'signatoryRole'],
        message: 'Indiquez à la fois le nom et la fonction de la personne qui signe pour l’organisme.',
      });
    if (!v.publicPageEnabled) return;
    // What a public page must show (Qualiopi indicators 1 and 26; NDA on every commercial document).
    const required: [keyof typeof v, string][] = [
      ['ndaNumber', 'Indiquez le numéro de déclaration d’activité pour publier la page.'],
      ['accessibilityContactName', 'Indiquez le ou la référent·e handicap pour publier la page.'],
      ['accessibilityContactEmail', 'Indiquez l’adresse e-mail du ou de la référent·e handicap pour publier la page.'],
      ['commitmentFirstAnswerDays', 'Indiquez le délai de première réponse pour publier la page.'],
    ];
    for (const [field, message] of required)
      if (v[field] === null) ctx.addIssue({ code: 'custom', path: [field], message });
  });
export type OrganisationProfileInput = z.input<typeof OrganisationProfileSchema>;
export type OrganisationProfile = z.output<typeof OrganisationProfileSchema>;

export type QualiopiLevel = 'missing' | 'valid' | 'expiring' | 'expired';

export interface OrganisationProfileView {
  name: string;
  slug: string;
  legalName: string | null;
  siret: string | null;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
  contactEmail: string | null;
  ndaNumber: string | null;
  qualiopiCertificateNumber: string | null;
  qualiopiCertifier: string | null;
  qualiopiScope: string | null;
  qualiopiExpiresOn: string | null;
  accessibilityContactName: string | null;
  accessibilityContactEmail: string | null;
  accessibilityContactPhone: string | null;
  accessibilityConditions: string | null;
  commitmentFirstAnswerDays: number | null;
  commitmentFirstAppointmentDays: number | null;
  followUpMonths: number;
  publicPageEnabled: boolean;
  vatRegime: VatRegime | null;
  vatRateBasisPoints: number | null;
  signatoryName: string | null;
  signatoryRole: string | null;
  paymentTerms: string | null;
  qualiopi: { level: QualiopiLevel; message: string | null };
}

/** A price TTC typed in French ("1 600", "1 490,50 €"), in cents. */
export const priceField = z
  .string({ error: 'Indiquez le prix TTC.' })
  .trim()
  .min(1, 'Indiquez le prix TTC.')
  .max(30, 'Indiquez un prix, par exemple 1 600 ou 1 490,50.')
  .transform((raw, ctx) => {
    const parsed = parseEurosToCents(raw);
    if (parsed.ok && parsed.cents === 0) {
      ctx.addIssue({ code: 'custom', message: 'Indiquez un prix TTC supérieur à zéro.' });
      return z.NEVER;
    }
    if (parsed.ok) return parsed.cents;
    ctx.addIssue({
      code: 'custom',
      message: 'Indiquez un prix TTC en euros, avec au plus deux décimales, par exemple 1 600 ou 1 490,50.',
    });
    return z.NEVER;
  });

export const OfferSchema = z
  .object({
    title: z
      .string({ error: 'Indiquez l’intitulé de l’offre.' })
      .trim()
      .min(2, 'L’intitulé doit contenir au moins 2 caractères.')
      .max(200, 'L’intitulé ne doit pas dépasser 200 caractères.')
      .check(oneLine('L’intitulé contient des caractères non autorisés.')),
    description: z
      .string()
      .trim()
      .max(8000, 'La description ne doit pas dépasser 8 000 caractères.')
      .check(multiLine())
      .optional()
      .default(''),
    accompanimentHours: hoursField,
    personalWorkHours: hoursField,
    modality: z.enum(OFFER_MODALITIES, { error: 'Choisissez la modalité.' }),
    places: z
      .string()
      .trim()
      .max(1000, 'Les lieux ne doivent pas dépasser 1 000 caractères.')
      .check(multiLine())
      .optional()
      .default(''),
    price: priceField,
    accessDelay: requiredText(
      500,
      'Indiquez le délai d’accès, par exemple « 15 jours après l’entretien préalable ».',
      'Le délai d’accès',
    ),
    active: z.boolean().optional().default(true),
  })
  .superRefine((v, ctx) => {
    if (v.modality !== 'remote' && !v.places) {
      ctx.addIssue({
        code: 'custom',
        path: ['places'],
        message: 'Indiquez le ou les lieux des séances en présentiel.',
      });
    }
  });
export type OfferInput = z.input<typeof OfferSchema>;
export type Offer = z.output<typeof OfferSchema>;

export interface OfferView {
  id: string;
  title: string;
  description: string;
  accompanimentMinutes: number;
  personalWorkMinutes: number;
  modality: OfferModality;
  places: string;
  priceCents: number;
  accessDelay: string;
  active: boolean;
}
