/**
 * The audit log's own event: a read of a bilan's content by someone other than its beneficiary
 * (decision 049). Its details carry only the category read (`content-reads.ts`), never content.
 * Gathered in `audit/contracts/event-catalogue.ts`.
 */
import { z } from 'zod';
import { auditLabels } from '../../shared/audit-event.ts';
import { CONTENT_READ_CATEGORIES, CONTENT_READ_SUBJECTS } from './content-reads.ts';

export const AUDIT_AUDIT_EVENTS = [
  z.object({
    action: z.literal('content.read'),
    subjectType: z.enum(CONTENT_READ_SUBJECTS),
    subjectId: z.uuid(),
    details: z.strictObject({ category: z.enum(CONTENT_READ_CATEGORIES) }),
  }),
] as const;

export const AUDIT_AUDIT_LABELS = auditLabels(AUDIT_AUDIT_EVENTS, {
  'content.read': 'Contenu d’un dossier consulté',
});
