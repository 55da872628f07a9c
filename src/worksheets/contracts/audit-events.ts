/**
 * The audit events of this capability: their shape (never content) and their French label in the
 * admin's journal. Gathered in `audit/contracts/event-catalogue.ts`.
 */
import { z } from 'zod';
import { auditLabels } from '../../shared/audit-event.ts';

const uuid = z.uuid();

export const WORKSHEETS_AUDIT_EVENTS = [
  z.object({
    action: z.literal('worksheet.created'),
    subjectType: z.literal('worksheet'),
    subjectId: uuid,
    details: z.object({ basedOn: z.string() }),
  }),
  z.object({
    action: z.literal('worksheet.deleted'),
    subjectType: z.literal('worksheet'),
    subjectId: uuid,
    details: z.object({ version: z.number() }),
  }),
  z.object({
    action: z.literal('worksheet.updated'),
    subjectType: z.literal('worksheet'),
    subjectId: uuid,
    details: z.object({ version: z.number() }),
  }),
] as const;

export const WORKSHEETS_AUDIT_LABELS = auditLabels(WORKSHEETS_AUDIT_EVENTS, {
  'worksheet.created': 'Cahier d’étape créé',
  'worksheet.deleted': 'Cahier d’étape supprimé de la bibliothèque',
  'worksheet.updated': 'Cahier d’étape modifié',
});
