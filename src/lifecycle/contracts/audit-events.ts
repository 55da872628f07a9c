/**
 * The audit events of the bilan's lifecycle (decision 046): their shape (never content: categories,
 * counts, items and dates only) and their French label. Gathered in `audit/contracts/event-catalogue.ts`.
 */
import { z } from 'zod';
import { auditLabels } from '../../shared/audit-event.ts';
import { DESTRUCTION_REASONS, KEEPABLE_ITEMS, RETENTION_PURPOSES } from '../domain/registry.ts';

const uuid = z.uuid();
const items = z.array(z.enum(KEEPABLE_ITEMS));

export const LIFECYCLE_AUDIT_EVENTS = [
  z.object({
    action: z.literal('bilan.content_destroyed'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({
      reason: z.enum(DESTRUCTION_REASONS),
      certificateId: uuid,
      destroyed: z.number(),
      keptItems: items,
    }),
  }),
  z.object({
    action: z.literal('retention.agreement_signed'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({ agreementId: uuid, purpose: z.enum(RETENTION_PURPOSES), items, expiresOn: z.string() }),
  }),
  z.object({
    action: z.literal('retention.agreement_withdrawn'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({ agreementId: uuid, items }),
  }),
] as const;

export const LIFECYCLE_AUDIT_LABELS = auditLabels(LIFECYCLE_AUDIT_EVENTS, {
  'bilan.content_destroyed': 'Documents du bilan détruits (certificat de destruction)',
  'retention.agreement_signed': 'Accord écrit de conservation de documents signé',
  'retention.agreement_withdrawn': 'Accord de conservation de documents retiré',
});
