/**
 * Intake (issue 3): the organisation's public page and contact form, the leads and their
 * entretien préalable. Shared by the API (validation at the edge) and the forms.
 *
 * The public contact form never asks for a CPF balance, a Mon Compte Formation login or a social
 * security number (Code du travail L6323-8-1): `ContactRequestSchema` has no such field, and
 * unknown fields sent anyway are dropped before anything is stored.
 */
import { z } from 'zod';
import { multiLine, oneLine } from '../../shared/text.ts';
import { refuseMissingParisTimes } from '../../shared/calendar/paris-time.ts';
import { hoursField } from '../../bilans/contracts/schemas.ts';
import { clockTimeField, emailField, isoDateField, personName } from '../../shared/fields.ts';
import { FINANCINGS } from '../../financing/domain/catalog.ts';
import type { OfferView } from '../../organisation/contracts/schemas.ts';
import { optionalPhone, optionalText, requiredText } from '../../organisation/contracts/form-fields.ts';
import type { BrandView } from '../../organisation/contracts/brand.ts';
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
import type { LeadHistoryEvent, LeadStatus } from '../domain/status.ts';

const utmValue = z.string().trim().max(100, 'Paramètre de suivi trop long.').check(oneLine()).optional();

export const ContactRequestSchema = z.object({
  firstName: personName('prénom'),
  lastName: personName('nom'),
  email: emailField,
  phone: optionalPhone('Le téléphone'),
  message: z
    .string({ error: 'Écrivez votre message.' })
    .trim()
    .min(10, 'Écrivez votre message en quelques mots (10 caractères au moins).')
    .max(4000, 'Le message ne doit pas dépasser 4 000 caractères.')
    .check(multiLine()),
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
  website: z.string().max(500).check(multiLine()).optional(),
  /** Set by the page from the browser: where the visitor came from. */
  referrer: z.string().trim().max(500).check(oneLine()).optional(),
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
  /** Its accent colour and logo, shown at the top of the page (decision 036). */
  brand: BrandView;
}

export const LeadStatusActionSchema = z
  .object({
    action: z.enum(['mark_contacted', 'close', 'reopen'], { error: 'Choisissez une action.' }),
    reason: z
      .string()
      .trim()
      .max(1000, 'La raison ne doit pas dépasser 1 000 caractères.')
      .check(multiLine())
      .optional(),
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
    place: z.string().trim().max(300, 'Le lieu ne doit pas dépasser 300 caractères.').check(multiLine()).optional(),
    link: z.string().trim().max(500, 'Le lien ne doit pas dépasser 500 caractères.').check(oneLine()).optional(),
  })
  .superRefine((v, ctx) => {
    refuseMissingParisTimes(v, ctx);
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
    reason: z
      .string()
      .trim()
      .max(4000, 'Le motif ne doit pas dépasser 4 000 caractères.')
      .check(multiLine())
      .optional(),
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
  /** The offer whose price, modality and hours the bilan starts from; empty: none. */
  offerId: z.uuid({ error: 'Choisissez une offre de la liste.' }).or(z.literal('')).optional(),
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
  /** Nobody of the organisation has opened the lead yet. */
  unopened: boolean;
  /** The published first-answer commitment, while the lead is still « nouvelle ». */
  answerDue: { at: string; overdue: boolean } | null;
}

export interface LeadHistoryView {
  /** A status change, an assignment (detail: the consultant) or a move of the entretien (detail: its new start). */
  event: LeadHistoryEvent;
  detail: string | null;
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
  /** The organisation's active offers, to start the bilan from one (its price, hours, modality). */
  offers: { id: string; title: string; priceCents: number; accompanimentMinutes: number }[];
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
