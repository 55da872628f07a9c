/**
 * The audit events of the Qualiopi registers (decision 050): each complaint or improvement action
 * recorded or changed, and each publication of results. Details carry codes and dates, never the
 * description of a complaint. Gathered in `audit/contracts/event-catalogue.ts`.
 */
import { z } from 'zod';
import { auditLabels } from '../../shared/audit-event.ts';
import { ACTION_STATUSES, COMPLAINANT_ROLES, COMPLAINT_CHANNELS, COMPLAINT_STATUSES } from '../domain/registers.ts';

const uuid = z.uuid();

export const QUALITY_AUDIT_EVENTS = [
  z.object({
    action: z.literal('quality.complaint_recorded'),
    subjectType: z.literal('quality_complaint'),
    subjectId: uuid,
    details: z.object({ channel: z.enum(COMPLAINT_CHANNELS), role: z.enum(COMPLAINANT_ROLES) }),
  }),
  z.object({
    action: z.literal('quality.complaint_updated'),
    subjectType: z.literal('quality_complaint'),
    subjectId: uuid,
    details: z.object({ status: z.enum(COMPLAINT_STATUSES), revision: z.number() }),
  }),
  z.object({
    action: z.literal('quality.action_recorded'),
    subjectType: z.literal('quality_improvement_action'),
    subjectId: uuid,
    details: z.object({ status: z.enum(ACTION_STATUSES) }),
  }),
  z.object({
    action: z.literal('quality.action_updated'),
    subjectType: z.literal('quality_improvement_action'),
    subjectId: uuid,
    details: z.object({ status: z.enum(ACTION_STATUSES), revision: z.number() }),
  }),
  z.object({
    action: z.literal('quality.results_published'),
    subjectType: z.literal('quality_published_results'),
    subjectId: uuid,
    details: z.object({ from: z.string(), to: z.string() }),
  }),
] as const;

export const QUALITY_AUDIT_LABELS = auditLabels(QUALITY_AUDIT_EVENTS, {
  'quality.complaint_recorded': 'Réclamation enregistrée (registre Qualiopi)',
  'quality.complaint_updated': 'Réclamation mise à jour (registre Qualiopi)',
  'quality.action_recorded': 'Action d’amélioration enregistrée',
  'quality.action_updated': 'Action d’amélioration mise à jour',
  'quality.results_published': 'Résultats publiés sur la page publique',
});
