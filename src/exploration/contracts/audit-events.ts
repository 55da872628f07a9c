/**
 * The audit events of the exploration: destructions, debriefs, set-aside suggestions and exports
 * (never content). Saves are not audited one by one: each item records who changed it last and
 * when, and only the bilan's beneficiary and consultant reach it (decision 041). Gathered in
 * `audit/contracts/event-catalogue.ts`.
 */
import { z } from 'zod';
import { auditLabels } from '../../shared/audit-event.ts';

const uuid = z.uuid();

export const EXPLORATION_AUDIT_EVENTS = [
  z.object({
    action: z.literal('exploration.piste_deleted'),
    subjectType: z.literal('exploration_piste'),
    subjectId: uuid,
    details: z.object({ trainingNeeds: z.number(), enquetes: z.number() }),
  }),
  z.object({
    action: z.literal('exploration.training_need_deleted'),
    subjectType: z.literal('exploration_training_need'),
    subjectId: uuid,
    details: z.object({}),
  }),
  z.object({
    action: z.literal('exploration.enquete_deleted'),
    subjectType: z.literal('exploration_enquete'),
    subjectId: uuid,
    details: z.object({ kind: z.enum(['interview', 'immersion', 'source']) }),
  }),
  z.object({
    action: z.literal('exploration.enquete_debriefed'),
    subjectType: z.literal('exploration_enquete'),
    subjectId: uuid,
    details: z.object({ effect: z.enum(['strengthens', 'neutral', 'weakens']) }),
  }),
  z.object({
    action: z.literal('exploration.suggestion_set_aside'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({ codeRome: z.string(), restored: z.boolean() }),
  }),
  z.object({
    action: z.literal('exploration.exported'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({ pistes: z.number() }),
  }),
] as const;

export const EXPLORATION_AUDIT_LABELS = auditLabels(EXPLORATION_AUDIT_EVENTS, {
  'exploration.piste_deleted': 'Piste supprimée',
  'exploration.training_need_deleted': 'Besoin de formation supprimé',
  'exploration.enquete_deleted': 'Enquête métier supprimée',
  'exploration.enquete_debriefed': 'Enquête métier débriefée',
  'exploration.suggestion_set_aside': 'Suggestion de métier écartée ou rétablie',
  'exploration.exported': 'Pistes exportées (JSON)',
});
