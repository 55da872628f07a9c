/**
 * The audit events of this capability: their shape (never content) and their French label in the
 * admin's journal. Gathered in `audit/contracts/event-catalogue.ts`.
 */
import { z } from 'zod';
import { auditLabels } from '../../shared/audit-event.ts';

const uuid = z.uuid();

export const FINANCING_AUDIT_EVENTS = [
  z.object({
    action: z.literal('financing.updated'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({ type: z.string(), status: z.string() }),
  }),
  z.object({
    action: z.literal('financing.status_changed'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({ from: z.string(), to: z.string(), by: z.enum(['user', 'sweep', 'signature']) }),
  }),
] as const;

export const FINANCING_AUDIT_LABELS = auditLabels(FINANCING_AUDIT_EVENTS, {
  'financing.updated': 'Financement mis à jour',
  'financing.status_changed': 'Statut du financement modifié',
});
