/**
 * The audit events of this capability: their shape (never content) and their French label in the
 * admin's journal. Gathered in `audit/contracts/event-catalogue.ts`.
 */
import { z } from 'zod';
import { auditLabels } from '../../shared/audit-event.ts';

const uuid = z.uuid();

export const EXTERNAL_TESTS_AUDIT_EVENTS = [
  z.object({
    action: z.literal('external_test.recorded'),
    subjectType: z.literal('external_test'),
    subjectId: uuid,
    details: z.object({ withReport: z.boolean() }),
  }),
  z.object({
    action: z.literal('external_test.updated'),
    subjectType: z.literal('external_test'),
    subjectId: uuid,
    details: z.object({}),
  }),
  z.object({
    action: z.literal('external_test.deleted'),
    subjectType: z.literal('external_test'),
    subjectId: uuid,
    details: z.object({ hadReport: z.boolean() }),
  }),
  z.object({
    action: z.literal('external_test.report_attached'),
    subjectType: z.literal('external_test'),
    subjectId: uuid,
    details: z.object({ sha256: z.string(), size: z.number(), replaced: z.boolean() }),
  }),
  z.object({
    action: z.literal('external_test.report_removed'),
    subjectType: z.literal('external_test'),
    subjectId: uuid,
    details: z.object({}),
  }),
] as const;

export const EXTERNAL_TESTS_AUDIT_LABELS = auditLabels(EXTERNAL_TESTS_AUDIT_EVENTS, {
  'external_test.recorded': 'Résultat de test d’éditeur enregistré',
  'external_test.updated': 'Résultat de test d’éditeur modifié',
  'external_test.deleted': 'Résultat de test d’éditeur supprimé',
  'external_test.report_attached': 'Rapport PDF de l’éditeur joint',
  'external_test.report_removed': 'Rapport PDF de l’éditeur retiré',
});
