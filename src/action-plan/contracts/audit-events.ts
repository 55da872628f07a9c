/**
 * The audit events of the action plan: deletions and exports (never content). Saves are not
 * audited one by one: each step records who changed it last and when, and only the bilan's
 * beneficiary and consultant reach it (decision 042). Gathered in `audit/contracts/event-catalogue.ts`.
 */
import { z } from 'zod';
import { auditLabels } from '../../shared/audit-event.ts';
import { HORIZONS } from '../domain/model.ts';

const uuid = z.uuid();

export const ACTION_PLAN_AUDIT_EVENTS = [
  z.object({
    action: z.literal('action_plan.step_deleted'),
    subjectType: z.literal('action_plan_step'),
    subjectId: uuid,
    details: z.object({ horizon: z.enum(HORIZONS) }),
  }),
  z.object({
    action: z.literal('action_plan.exported'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({ steps: z.number() }),
  }),
] as const;

export const ACTION_PLAN_AUDIT_LABELS = auditLabels(ACTION_PLAN_AUDIT_EVENTS, {
  'action_plan.step_deleted': 'Étape du plan d’action supprimée',
  'action_plan.exported': 'Plan d’action exporté (JSON)',
});
