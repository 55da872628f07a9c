/**
 * The audit events of this capability: their shape (never content) and their French label in the
 * admin's journal. Gathered in `audit/contracts/event-catalogue.ts`.
 */
import { z } from 'zod';
import { auditLabels } from '../../shared/audit-event.ts';
import { FOLLOW_UP_RESPONSES } from '../domain/follow-up.ts';
import { EDOF_DECLARATION_KINDS } from '../../financing/domain/cpf-calendar.ts';
import { EVALUATION_KINDS } from '../domain/evaluations.ts';

const uuid = z.uuid();

export const AFTER_AUDIT_EVENTS = [
  z.object({
    action: z.literal('follow_up.offered'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({}),
  }),
  z.object({
    action: z.literal('follow_up.answered'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({ response: z.enum(FOLLOW_UP_RESPONSES) }),
  }),
  z.object({
    action: z.literal('follow_up.recorded'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({ outcome: z.string() }),
  }),
  z.object({
    action: z.literal('edof.declared'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({ kind: z.enum(EDOF_DECLARATION_KINDS), declaredOn: z.string() }),
  }),
  z.object({
    action: z.literal('evaluation.resent'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({ kind: z.enum(EVALUATION_KINDS) }),
  }),
] as const;

export const AFTER_AUDIT_LABELS = auditLabels(AFTER_AUDIT_EVENTS, {
  'follow_up.offered': 'Entretien de suivi proposé',
  'follow_up.answered': 'Réponse à la proposition d’entretien de suivi',
  'follow_up.recorded': 'Entretien de suivi enregistré',
  'edof.declared': 'Déclaration EDOF enregistrée',
  'evaluation.resent': 'Nouveau lien d’évaluation envoyé (le précédent ne fonctionne plus)',
});
