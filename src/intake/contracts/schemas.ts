/**
 * Intake (issue 3): the organisation's profile and offers, its public page and contact form, the
 * leads and their entretien préalable. Shared by the API (validation at the edge) and the forms.
 *
 * The public contact form never asks for a CPF balance, a Mon Compte Formation login or a social
 * security number (Code du travail L6323-8-1): `ContactRequestSchema` has no such field, and
 * unknown fields sent anyway are dropped before anything is stored.
 */
import { z } from 'zod';
import { parseEurosToCents } from '../../shared/rules/amounts.ts';
import { hoursField } from '../../bilans/contracts/schemas.ts';
import { clockTimeField, emailField, isoDateField, organisationName, personName } from '../../shared/fields.ts';
import { FINANCINGS } from '../../financing/domain/catalog.ts';
import { OFFER_MODALITIES, type OfferModality } from '../../organisation/domain/offers.ts';
import {
  INTERVIEW_MODES,
  INTERVIEW_OUTCOMES,
  LEAD_MODALITIES,
  LEAD_SOURCES,
  REDIRECTIONS,
  type InterviewMode,
  type LeadModality,
  type LeadSource,
  type Redirection,
} from '../domain/leads.ts';
import type { LeadStatus } from '../domain/status.ts';

// eslint-disable-next-line no-control-regex -- we detect control characters on purpose
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Free text, trimmed; `''` becomes null. */
const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} ne doit pas dépasser ${max.toLocaleString('fr-FR')} caractères.`)
    .optional()
    .transform((v) => (v ? v : null));

const requiredText = (max: number, missing: string, what: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(max, `${what} ne doit pas dépasser ${max.toLocaleString('fr-FR')} caractères.`);

const optionalEmail = (what: string) =>
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
const optionalPhone = (what: string) =>
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
const optionalDigits = (count: number, message: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v ?? '').replace(/[\s\u00A0]/g, ''))
    .refine((v) => v === '' || new RegExp(`^\\d{${count}}$`).test(v), message)
    .transform((v) => (v ? v : null));

/** A whole number typed in a text field; `''` becomes null. */
const optionalInteger = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (/^\d{1,3}$/.test(v) && Number(v) >= min && Number(v) <= max), message)
    .transform((v) => (v ? Number(v) : null));

const optionalDate = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || /^\d{4}-\d{2}-\d{2}$/.test(v), 'Indiquez une date valide, par exemple 31/12/2027.')
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
  })
  .superRefine((v, ctx) => {
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
      .refine((v) => !CONTROL_CHARS.test(v), 'L’intitulé contient des caractères non autorisés.'),
    description: z
      .string()
      .trim()
      .max(8000, 'La description ne doit pas dépasser 8 000 caractères.')
      .optional()
      .default(''),
    accompanimentHours: hoursField,
    personalWorkHours: hoursField,
    modality: z.enum(OFFER_MODALITIES, { error: 'Choisissez la modalité.' }),
    places: z.string().trim().max(1000, 'Les lieux ne doivent pas dépasser 1 000 caractères.').optional().default(''),
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

const utmValue = z.string().trim().max(100, 'Paramètre de suivi trop long.').optional();

export const ContactRequestSchema = z.object({
  firstName: personName('prénom'),
  lastName: personName('nom'),
  email: emailField,
  phone: optionalPhone('Le téléphone'),
  message: z
    .string({ error: 'Écrivez votre message.' })
    .trim()
    .min(10, 'Écrivez votre message en quelques mots (10 caractères au moins).')
    .max(4000, 'Le message ne doit pas dépasser 4 000 caractères.'),
  preferredModality: z.enum(LEAD_MODALITIES, { error: 'Choisissez une modalité.' }),
  offerId: z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || z.uuid().safeParse(v).success, 'Choisissez une offre de la liste.'),
  declaredSource: z.enum(LEAD_SOURCES, { error: 'Dites-nous comment vous nous avez connus.' }),
  sourceDetail: optionalText(200, 'La précision'),
  consent: z.literal(true, { error: 'Cochez la case pour accepter d’être recontacté·e au sujet de votre demande.' }),
  /** Honeypot: hidden from people; a value means a robot filled the form. */
  website: z.string().max(500).optional(),
  /** Set by the page from the browser: where the visitor came from. */
  referrer: z.string().trim().max(500).optional(),
  utm: z
    .object({ source: utmValue, medium: utmValue, campaign: utmValue, term: utmValue, content: utmValue })
    .optional(),
});
export type ContactRequestInput = z.input<typeof ContactRequestSchema>;
export type ContactRequest = z.output<typeof ContactRequestSchema>;

export interface PublicOrganisationPage {
  name: string;
  slug: string;
  legalName: string | null;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
  contactEmail: string | null;
  siret: string | null;
  ndaNumber: string | null;
  qualiopi: {
    certificateNumber: string | null;
    certifier: string | null;
    scope: string | null;
    expiresOn: string | null;
    valid: boolean;
  };
  accessibility: { name: string | null; email: string | null; phone: string | null; conditions: string | null };
  commitments: { firstAnswerDays: number | null; firstAppointmentDays: number | null };
  offers: OfferView[];
}

export const LeadStatusActionSchema = z
  .object({
    action: z.enum(['mark_contacted', 'close', 'reopen'], { error: 'Choisissez une action.' }),
    reason: z.string().trim().max(1000, 'La raison ne doit pas dépasser 1 000 caractères.').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.action === 'close' && (!v.reason || v.reason.length < 2)) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'Indiquez pourquoi la demande est classée sans suite.',
      });
    }
  });
export type LeadStatusAction = z.infer<typeof LeadStatusActionSchema>;

export const AssignLeadSchema = z.object({
  consultantId: z
    .union([z.uuid({ error: 'Choisissez un·e consultant·e de la liste.' }), z.literal('')])
    .transform((v) => (v ? v : null)),
});

const dateField = isoDateField('Indiquez la date de l’entretien.', 'Indiquez une date valide, par exemple 01/12/2026.');
const timeField = clockTimeField;

export const PlanInterviewSchema = z
  .object({
    date: dateField,
    start: timeField('début'),
    end: timeField('fin'),
    mode: z.enum(INTERVIEW_MODES, { error: 'Choisissez la modalité de l’entretien.' }),
    place: z.string().trim().max(300, 'Le lieu ne doit pas dépasser 300 caractères.').optional(),
    link: z.string().trim().max(500, 'Le lien ne doit pas dépasser 500 caractères.').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.mode === 'in_person' && !v.place)
      ctx.addIssue({ code: 'custom', path: ['place'], message: 'Indiquez le lieu de l’entretien.' });
    if (v.mode === 'remote') {
      if (!v.link) ctx.addIssue({ code: 'custom', path: ['link'], message: 'Indiquez le lien de la visioconférence.' });
      else if (!/^https:\/\/\S+$/.test(v.link))
        ctx.addIssue({ code: 'custom', path: ['link'], message: 'Le lien doit commencer par https://.' });
    }
  });
export type PlanInterview = z.infer<typeof PlanInterviewSchema>;

export const RecordInterviewSchema = z
  .object({
    situation: requiredText(8000, 'Décrivez la situation de la personne.', 'La situation'),
    expectations: requiredText(8000, 'Décrivez les attentes de la personne.', 'Les attentes'),
    outcome: z.enum(INTERVIEW_OUTCOMES, { error: 'Indiquez si un bilan de compétences est adapté.' }),
    redirection: z
      .enum(REDIRECTIONS, { error: 'Choisissez le dispositif vers lequel la personne est orientée.' })
      .optional(),
    reason: z.string().trim().max(4000, 'Le motif ne doit pas dépasser 4 000 caractères.').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'redirect') {
      if (!v.redirection)
        ctx.addIssue({
          code: 'custom',
          path: ['redirection'],
          message: 'Choisissez le dispositif vers lequel la personne est orientée.',
        });
      if (!v.reason || v.reason.length < 2)
        ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Indiquez le motif de l’orientation.' });
    }
  });
export type RecordInterview = z.infer<typeof RecordInterviewSchema>;

export const ConvertLeadSchema = z.object({
  financing: z.enum(FINANCINGS, { error: 'Choisissez un mode de financement.' }),
  plannedHours: hoursField,
});
export type ConvertLeadInput = z.input<typeof ConvertLeadSchema>;
export type ConvertLead = z.output<typeof ConvertLeadSchema>;

export interface LeadSummary {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  status: LeadStatus;
  declaredSource: LeadSource;
  assignedConsultant: string | null;
  interviewAt: string | null;
  createdAt: string;
  /** The published first-answer commitment, while the lead is still « nouvelle ». */
  answerDue: { at: string; overdue: boolean } | null;
}

export interface LeadHistoryView {
  from: LeadStatus | null;
  to: LeadStatus;
  at: string;
  by: string | null;
  reason: string | null;
}

export interface LeadInterviewView {
  startsAt: string;
  endsAt: string;
  mode: InterviewMode;
  place: string | null;
  link: string | null;
  consultant: string;
  situation: string | null;
  expectations: string | null;
  outcome: 'bilan' | 'redirect' | null;
  redirection: Redirection | null;
  outcomeReason: string | null;
  recordedAt: string | null;
}

export interface LeadDetail extends LeadSummary {
  phone: string | null;
  message: string;
  preferredModality: LeadModality;
  offer: { id: string; title: string } | null;
  origin: { sourceDetail: string | null; referrer: string | null; utm: Record<string, string> };
  consentAt: string;
  statusReason: string | null;
  assignedConsultantId: string | null;
  bilanId: string | null;
  history: LeadHistoryView[];
  interview: LeadInterviewView | null;
  consultants: { id: string; name: string }[];
  actions: ('mark_contacted' | 'close' | 'reopen')[];
  canPlanInterview: boolean;
  canRecordInterview: boolean;
  canConvert: boolean;
}
