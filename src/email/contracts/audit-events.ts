/**
 * The audit events of this capability: their shape (never content) and their French label in the
 * admin's journal. Gathered in `audit/contracts/event-catalogue.ts`.
 */
import { z } from 'zod';
import { auditLabels } from '../../shared/audit-event.ts';

const uuid = z.uuid();

export const EMAIL_AUDIT_EVENTS = [
  z.object({
    action: z.literal('outbox.message_viewed'),
    subjectType: z.literal('email'),
    subjectId: uuid,
    details: z.object({ kind: z.string() }),
  }),
] as const;

export const EMAIL_AUDIT_LABELS = auditLabels(EMAIL_AUDIT_EVENTS, {
  'outbox.message_viewed': 'Courriel à lien personnel ouvert dans la page « Courriels »',
});
