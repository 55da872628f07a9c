/**
 * The audit event of the beneficiary's export (decision 047): the content leaves Sillage, in the
 * hands of its owner. Counts only, never content. Gathered in `audit/contracts/event-catalogue.ts`.
 */
import { z } from 'zod';
import { auditLabels } from '../../shared/audit-event.ts';

export const DATA_EXPORT_AUDIT_EVENTS = [
  z.object({
    action: z.literal('bilan.data_exported'),
    subjectType: z.literal('bilan'),
    subjectId: z.uuid(),
    details: z.object({ files: z.number(), bytes: z.number(), parts: z.array(z.string()) }),
  }),
] as const;

export const DATA_EXPORT_AUDIT_LABELS = auditLabels(DATA_EXPORT_AUDIT_EVENTS, {
  'bilan.data_exported': 'Données du bilan téléchargées par la ou le bénéficiaire (archive complète)',
});
