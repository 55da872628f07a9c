/**
 * The contracts of GDPR requests (decision 048): what a beneficiary asks in the app, what an admin
 * registers, extends, answers or refuses, and what each reads back. Texts follow the rule of every
 * free-text field (no NUL, no lone surrogate, French message when too long).
 */
import { z } from 'zod';
import { itemId, optionalText, requiredLine, requiredText } from '../../exploration/contracts/fields.ts';
import { emailField, isoDateField } from '../../shared/fields.ts';
import {
  LIMITS,
  REQUEST_KINDS,
  SUBJECT_TYPES,
  type Channel,
  type RequestKind,
  type RequestStatus,
  type SubjectType,
} from '../domain/model.ts';
import type { DeadlineState } from '../domain/deadline.ts';

export * from '../domain/model.ts';

const KIND_MESSAGE =
  'Choisissez le type de demande : accès, rectification, effacement, limitation, opposition ou portabilité.';
const kind = z.enum(REQUEST_KINDS, { error: KIND_MESSAGE });

/** The beneficiary's request, from « Mes droits ». */
export const AskRequestSchema = z.object({
  kind,
  message: optionalText('Le message', LIMITS.message),
});
export type AskRequest = z.output<typeof AskRequestSchema>;

/** A request registered by an admin, for a beneficiary's account, a lead, or a named person. */
export const RegisterRequestSchema = z
  .object({
    kind,
    subjectType: z.enum(SUBJECT_TYPES, {
      error: 'Indiquez qui fait la demande : un·e bénéficiaire, une demande de contact ou une autre personne.',
    }),
    beneficiaryId: itemId.nullish().transform((v) => v ?? null),
    leadId: itemId.nullish().transform((v) => v ?? null),
    personName: z
      .string()
      .nullish()
      .transform((v) => (v === undefined || v === null || v.trim() === '' ? null : v))
      .pipe(requiredLine('Indiquez le nom de la personne.', 'Le nom', LIMITS.name - 1).nullable()),
    personEmail: z
      .string()
      .nullish()
      .transform((v) => (v === undefined || v === null || v.trim() === '' ? null : v))
      .pipe(emailField.nullable()),
    receivedOn: isoDateField('Indiquez la date de réception de la demande au format JJ/MM/AAAA.'),
    message: optionalText('Le résumé de la demande', LIMITS.message),
  })
  .superRefine((value, ctx) => {
    const missing = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (value.subjectType === 'beneficiary' && !value.beneficiaryId)
      missing('beneficiaryId', 'Choisissez le ou la bénéficiaire.');
    if (value.subjectType === 'lead' && !value.leadId) missing('leadId', 'Choisissez la demande de contact.');
    if (value.subjectType === 'person') {
      if (!value.personName) missing('personName', 'Indiquez le nom de la personne.');
      if (!value.personEmail) missing('personEmail', 'Indiquez l’adresse e-mail de la personne.');
    }
  });
export type RegisterRequestInput = z.input<typeof RegisterRequestSchema>;
export type RegisterRequest = z.output<typeof RegisterRequestSchema>;

export const ExtendRequestSchema = z.object({
  reason: requiredText(
    'Indiquez pourquoi le délai est prolongé : la personne en est informée.',
    'Le motif',
    LIMITS.reason,
  ),
});
export type ExtendRequest = z.output<typeof ExtendRequestSchema>;

export const AnswerRequestSchema = z.object({
  summary: requiredText('Résumez la réponse apportée à la personne.', 'La réponse', LIMITS.answer),
  answeredOn: isoDateField('Indiquez la date de la réponse au format JJ/MM/AAAA.'),
});
export type AnswerRequest = z.output<typeof AnswerRequestSchema>;

export const RefuseRequestSchema = z.object({
  refusalReason: requiredText(
    'Indiquez le motif du refus : la personne en est informée, avec la possibilité de saisir la CNIL.',
    'Le motif',
    LIMITS.answer,
  ),
  refusedOn: isoDateField('Indiquez la date du refus au format JJ/MM/AAAA.'),
});
export type RefuseRequest = z.output<typeof RefuseRequestSchema>;

/** A request as its person reads it in « Mes droits ». */
export interface MyRequestView {
  id: string;
  kind: RequestKind;
  message: string | null;
  receivedOn: string;
  /** The deadline in force (the extended one when extended). */
  deadline: string;
  extensionReason: string | null;
  status: RequestStatus;
  closedOn: string | null;
  answerSummary: string | null;
}

export interface MyRequestsView {
  requests: MyRequestView[];
}

/** A request as the admin reads it in the register. */
export interface RequestView extends MyRequestView {
  channel: Channel;
  subjectType: SubjectType;
  personName: string;
  personEmail: string;
  beneficiaryId: string | null;
  /** Null once the lead is gone (erased or purged). */
  leadId: string | null;
  dueOn: string;
  extendedDueOn: string | null;
  /** For an open request: where it stands against its deadline. */
  state: DeadlineState | null;
  daysLeft: number | null;
  canExtend: boolean;
  /** Erasure of a beneficiary: whether they have a bilan, and when its content was destroyed. */
  hasBilan: boolean;
  contentDestroyedAt: string | null;
}

export interface PersonOption {
  id: string;
  name: string;
  email: string;
}

export interface RegisterView {
  today: string;
  requests: RequestView[];
  beneficiaries: PersonOption[];
  leads: PersonOption[];
}
