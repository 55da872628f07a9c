/**
 * The audit events of this capability: their shape (never content) and their French label in the
 * admin's journal. Gathered in `audit/contracts/event-catalogue.ts`.
 */
import { z } from 'zod';
import { auditLabels } from '../../shared/audit-event.ts';
import { PHASES } from '../domain/phases.ts';

const uuid = z.uuid();
const phase = z.enum(PHASES);

export const BILANS_AUDIT_EVENTS = [
  z.object({
    action: z.literal('bilan.created'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({ financing: z.string(), plannedMinutes: z.number() }),
  }),
  z.object({
    action: z.literal('bilan.viewed'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({}),
  }),
  z.object({
    action: z.literal('bilan.phase_changed'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({ from: phase, to: phase, reason: z.string().optional() }),
  }),
  z.object({
    action: z.literal('bilan.consent_given'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({ noticeVersion: z.string() }),
  }),
  z.object({
    action: z.literal('bilan.consent_refused'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({ noticeVersion: z.string() }),
  }),
  z.object({
    action: z.literal('bilan.charter_signed'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({ role: z.string(), version: z.string() }),
  }),
  z.object({
    action: z.literal('bilan.record_updated'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({ part: z.string(), met: z.boolean().optional() }),
  }),
  z.object({
    action: z.literal('bilan.reassigned'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({ fromConsultantId: uuid, toConsultantId: uuid }),
  }),
] as const;

export const BILANS_AUDIT_LABELS = auditLabels(BILANS_AUDIT_EVENTS, {
  'bilan.created': 'Bilan créé',
  'bilan.viewed': 'Dossier de bilan consulté',
  'bilan.phase_changed': 'Changement de phase',
  'bilan.consent_given': 'Consentement donné',
  'bilan.consent_refused': 'Consentement refusé',
  'bilan.charter_signed': 'Charte des engagements signée',
  'bilan.record_updated': 'Suivi de phase mis à jour',
  'bilan.reassigned': 'Bilan confié à un ou une autre consultant·e',
});
