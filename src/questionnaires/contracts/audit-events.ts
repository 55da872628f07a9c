/**
 * The audit events of this capability: their shape (never content) and their French label in the
 * admin's journal. Gathered in `audit/contracts/event-catalogue.ts`.
 */
import { z } from 'zod';
import { auditLabels } from '../../shared/audit-event.ts';

const uuid = z.uuid();

export const QUESTIONNAIRES_AUDIT_EVENTS = [
  z.object({
    action: z.literal('questionnaire.assigned'),
    subjectType: z.literal('questionnaire_assignment'),
    subjectId: uuid,
    details: z.object({ questionnaireId: z.string(), version: z.number() }),
  }),
  z.object({
    action: z.literal('questionnaire.submitted'),
    subjectType: z.literal('questionnaire_assignment'),
    subjectId: uuid,
    details: z.object({ questionnaireId: z.string(), version: z.number() }),
  }),
  z.object({
    action: z.literal('questionnaire.commented'),
    subjectType: z.literal('questionnaire_assignment'),
    subjectId: uuid,
    details: z.object({ questionId: z.string() }),
  }),
  z.object({
    action: z.literal('questionnaire.debriefed'),
    subjectType: z.literal('questionnaire_assignment'),
    subjectId: uuid,
    details: z.object({}),
  }),
  z.object({
    action: z.literal('questionnaire.withdrawn'),
    subjectType: z.literal('questionnaire_assignment'),
    subjectId: uuid,
    details: z.object({}),
  }),
] as const;

export const QUESTIONNAIRES_AUDIT_LABELS = auditLabels(QUESTIONNAIRES_AUDIT_EVENTS, {
  'questionnaire.assigned': 'Questionnaire proposé',
  'questionnaire.submitted': 'Questionnaire envoyé',
  'questionnaire.commented': 'Commentaire sur une réponse',
  'questionnaire.debriefed': 'Notes de restitution enregistrées',
  'questionnaire.withdrawn': 'Questionnaire retiré',
});
