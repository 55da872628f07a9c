/**
 * The audit events of this capability: their shape (never content) and their French label in the
 * admin's journal. Gathered in `audit/contracts/event-catalogue.ts`.
 */
import { z } from 'zod';
import { auditLabels } from '../../shared/audit-event.ts';

const uuid = z.uuid();

export const FEEDBACK_AUDIT_EVENTS = [
  z.object({
    action: z.literal('feedback.invited'),
    subjectType: z.literal('questionnaire_assignment'),
    subjectId: uuid,
    details: z.object({}),
  }),
  z.object({
    action: z.literal('feedback.resent'),
    subjectType: z.literal('questionnaire_assignment'),
    subjectId: uuid,
    details: z.object({}),
  }),
  z.object({
    action: z.literal('feedback.revoked'),
    subjectType: z.literal('questionnaire_assignment'),
    subjectId: uuid,
    details: z.object({}),
  }),
] as const;

export const FEEDBACK_AUDIT_LABELS = auditLabels(FEEDBACK_AUDIT_EVENTS, {
  'feedback.invited': 'Personne invitée à donner son regard (360°)',
  'feedback.resent': 'Nouveau lien envoyé pour le regard des autres (le précédent ne fonctionne plus)',
  'feedback.revoked': 'Invitation au regard des autres retirée',
});
