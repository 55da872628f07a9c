/**
 * The audit events of this capability: their shape (never content) and their French label in the
 * admin's journal. Gathered in `audit/contracts/event-catalogue.ts`.
 */
import { z } from 'zod';
import { auditLabels } from '../../shared/audit-event.ts';

const uuid = z.uuid();

export const INTAKE_AUDIT_EVENTS = [
  z.object({
    action: z.literal('lead.received'),
    subjectType: z.literal('lead'),
    subjectId: uuid,
    details: z.object({ source: z.string() }),
  }),
  z.object({
    action: z.literal('lead.status_changed'),
    subjectType: z.literal('lead'),
    subjectId: uuid,
    details: z.object({ from: z.string(), to: z.string(), reason: z.string().optional() }),
  }),
  z.object({
    action: z.literal('lead.assigned'),
    subjectType: z.literal('lead'),
    subjectId: uuid,
    details: z.object({ consultantId: uuid.nullable() }),
  }),
  z.object({
    action: z.literal('lead.interview_planned'),
    subjectType: z.literal('lead'),
    subjectId: uuid,
    details: z.object({ startsAt: z.string(), mode: z.string() }),
  }),
  z.object({
    action: z.literal('lead.interview_recorded'),
    subjectType: z.literal('lead'),
    subjectId: uuid,
    details: z.object({ outcome: z.string(), redirection: z.string().optional() }),
  }),
  z.object({
    action: z.literal('lead.converted'),
    subjectType: z.literal('lead'),
    subjectId: uuid,
    details: z.object({ bilanId: uuid }),
  }),
] as const;

export const INTAKE_AUDIT_LABELS = auditLabels(INTAKE_AUDIT_EVENTS, {
  'lead.received': 'Demande reçue par la page publique',
  'lead.status_changed': 'Statut d’une demande modifié',
  'lead.assigned': 'Demande attribuée',
  'lead.interview_planned': 'Entretien préalable planifié',
  'lead.interview_recorded': 'Entretien préalable enregistré',
  'lead.converted': 'Demande convertie en bilan',
});
