/**
 * The Qualiopi evidence page and registers' contracts (decision 050): the period of the evidence,
 * a complaint or incident (indicator 31) as an admin records it and as the public form sends it,
 * an improvement action (indicator 32), the publication of results (indicator 2), and what each
 * screen reads back. A save sends the whole record with the `revision` it edited (0 for a new one).
 */
import { z } from 'zod';
import { emailField, isoDateField } from '../../shared/fields.ts';
import { multiLine } from '../../shared/text.ts';
import {
  itemId,
  optionalDate,
  optionalLine,
  optionalText,
  requiredLine,
  requiredText,
  revision,
} from '../../exploration/contracts/fields.ts';
import {
  ACTION_SOURCES,
  ACTION_STATUSES,
  COMPLAINANT_ROLES,
  COMPLAINT_CHANNELS,
  COMPLAINT_KINDS,
  COMPLAINT_STATUSES,
  REGISTER_LIMITS as L,
  type ActionSource,
  type ActionStatus,
  type ComplainantRole,
  type ComplaintChannel,
  type ComplaintKind,
  type ComplaintStatus,
} from '../domain/registers.ts';
import type { IndicatorEvidence } from '../domain/evidence.ts';
import type { PublishedFigures } from '../domain/results.ts';

const DATE_MESSAGE = 'Indiquez la date au format JJ/MM/AAAA.';
const ROLE_MESSAGE = 'Choisissez qui fait la réclamation : bénéficiaire, employeur, financeur ou autre.';

const optionalDay = z
  .string({ error: DATE_MESSAGE })
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(isoDateField(DATE_MESSAGE).optional());

/** The period of the evidence page (query string): both days, or neither for the last twelve months. */
export const EvidencePeriodSchema = z
  .object({ from: optionalDay, to: optionalDay })
  .refine((p) => !p.from || !p.to || p.from <= p.to, {
    message: 'La date de début doit précéder la date de fin.',
    path: ['to'],
  });
export type EvidencePeriod = z.output<typeof EvidencePeriodSchema>;

export const PublishResultsSchema = z
  .object({ from: isoDateField(DATE_MESSAGE), to: isoDateField(DATE_MESSAGE) })
  .refine((p) => p.from <= p.to, { message: 'La date de début doit précéder la date de fin.', path: ['to'] });
export type PublishResults = z.output<typeof PublishResultsSchema>;

export const ComplaintSchema = z.object({
  id: itemId.optional(),
  revision: revision.default(0),
  receivedOn: isoDateField('Indiquez la date de réception (JJ/MM/AAAA).'),
  channel: z.enum(COMPLAINT_CHANNELS, { error: 'Choisissez le canal par lequel la réclamation est arrivée.' }),
  complainantRole: z.enum(COMPLAINANT_ROLES, { error: ROLE_MESSAGE }),
  complainantName: optionalLine('Le nom', L.name),
  complainantContact: optionalLine('Le contact', L.contact),
  kind: z.enum(COMPLAINT_KINDS, { error: 'Choisissez : réclamation, difficulté ou aléa.' }).default('reclamation'),
  description: requiredText('Décrivez la réclamation.', 'La description', L.description),
  acknowledgedOn: optionalDate('Indiquez la date de l’accusé de réception au format JJ/MM/AAAA.'),
  answer: optionalText('La réponse', L.answer),
  resolvedOn: optionalDate('Indiquez la date de résolution au format JJ/MM/AAAA.'),
  status: z
    .enum(COMPLAINT_STATUSES, { error: 'Choisissez le statut : reçue, en cours, résolue ou classée sans suite.' })
    .default('recue'),
  /** The improvement action this complaint led to, if any (indicator 32). */
  /** The form's « Aucune » sends an empty string. */
  improvementActionId: z
    .union([z.literal(''), itemId])
    .nullish()
    .transform((v) => v || null),
});
export type ComplaintInput = z.input<typeof ComplaintSchema>;
export type Complaint = z.output<typeof ComplaintSchema>;

/**
 * The public form of the organisation's page (no account): who complains, how to answer them, and
 * what happened. `website` is a honeypot for robots.
 */
export const PublicComplaintSchema = z.object({
  complainantRole: z.enum(COMPLAINANT_ROLES, { error: ROLE_MESSAGE }),
  complainantName: requiredLine('Indiquez votre nom.', 'Le nom', L.name),
  /** Where to answer (named apart from the contact form's `email`: both forms share the page). */
  replyEmail: emailField,
  description: z
    .string({ error: 'Décrivez votre réclamation.' })
    .trim()
    .min(10, 'Décrivez votre réclamation en quelques mots (10 caractères au moins).')
    .max(L.description, 'La réclamation ne doit pas dépasser 4 000 caractères.')
    .check(multiLine()),
  website: z.string().max(500).check(multiLine()).optional(),
});
export type PublicComplaintInput = z.input<typeof PublicComplaintSchema>;
export type PublicComplaint = z.output<typeof PublicComplaintSchema>;

export const ImprovementActionSchema = z.object({
  id: itemId.optional(),
  revision: revision.default(0),
  source: z.enum(ACTION_SOURCES, {
    error: 'Choisissez l’origine de l’action : réclamation, évaluation, audit, veille ou autre.',
  }),
  action: requiredText('Décrivez l’action d’amélioration.', 'Le texte de l’action', L.action),
  owner: optionalLine('Le nom de la personne responsable', L.owner),
  dueOn: optionalDate('Indiquez l’échéance au format JJ/MM/AAAA.'),
  status: z
    .enum(ACTION_STATUSES, { error: 'Choisissez le statut : prévue, en cours, réalisée ou abandonnée.' })
    .default('prevue'),
  effect: optionalText('L’effet constaté', L.effect),
});
export type ImprovementActionInput = z.input<typeof ImprovementActionSchema>;
export type ImprovementAction = z.output<typeof ImprovementActionSchema>;

export interface ComplaintView {
  id: string;
  revision: number;
  receivedOn: string;
  channel: ComplaintChannel;
  complainantRole: ComplainantRole;
  complainantName: string | null;
  complainantContact: string | null;
  kind: ComplaintKind;
  description: string;
  acknowledgedOn: string | null;
  answer: string | null;
  resolvedOn: string | null;
  status: ComplaintStatus;
  improvementAction: { id: string; action: string } | null;
  createdAt: string;
  updatedAt: string;
}

export interface ImprovementActionView {
  id: string;
  revision: number;
  source: ActionSource;
  action: string;
  owner: string | null;
  dueOn: string | null;
  status: ActionStatus;
  effect: string | null;
  overdue: boolean;
  /** How many complaints are linked to it. */
  complaints: number;
  createdAt: string;
  updatedAt: string;
}

export interface RegistersView {
  complaints: ComplaintView[];
  actions: ImprovementActionView[];
}

export interface PublishedResultsView {
  from: string;
  to: string;
  /** The day the figures were computed (and published). */
  computedOn: string;
  figures: PublishedFigures;
}

export interface EvidenceView {
  from: string;
  to: string;
  indicators: IndicatorEvidence[];
  /** The results on the public page, and whether they are older than twelve months. */
  results: PublishedResultsView | null;
  resultsStale: boolean;
}

export interface PublicResultsView {
  results: PublishedResultsView | null;
}
