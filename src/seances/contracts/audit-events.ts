/**
 * The audit events of this capability: their shape (never content) and their French label in the
 * admin's journal. Gathered in `audit/contracts/event-catalogue.ts`.
 */
import { z } from 'zod';
import { auditLabels } from '../../shared/audit-event.ts';
import { ATTENDANCE_METHODS, ATTENDANCE_SIGNERS } from '../domain/attendance.ts';

const uuid = z.uuid();

export const SEANCES_AUDIT_EVENTS = [
  z.object({
    action: z.literal('seance.planned'),
    subjectType: z.literal('seance'),
    subjectId: uuid,
    details: z.object({ startsAt: z.string(), mode: z.string() }),
  }),
  z.object({
    action: z.literal('seance.rescheduled'),
    subjectType: z.literal('seance'),
    subjectId: uuid,
    details: z.object({ from: z.string(), to: z.string(), reason: z.string() }),
  }),
  z.object({
    action: z.literal('seance.cancelled'),
    subjectType: z.literal('seance'),
    subjectId: uuid,
    details: z.object({ reason: z.string() }),
  }),
  z.object({
    action: z.literal('seance.held'),
    subjectType: z.literal('seance'),
    subjectId: uuid,
    details: z.object({ actualStart: z.string(), actualEnd: z.string() }),
  }),
  z.object({
    action: z.literal('seance.no_show'),
    subjectType: z.literal('seance'),
    subjectId: uuid,
    details: z.object({ reason: z.string().optional() }),
  }),
  z.object({
    action: z.literal('seance.attendance_signed'),
    subjectType: z.literal('seance'),
    subjectId: uuid,
    details: z.object({
      signer: z.enum(ATTENDANCE_SIGNERS),
      method: z.enum(ATTENDANCE_METHODS),
      /** How the signer confirmed: typing their name, or one tap from their own account. */
      confirmation: z.enum(['typed_name', 'one_tap']).optional(),
    }),
  }),
] as const;

export const SEANCES_AUDIT_LABELS = auditLabels(SEANCES_AUDIT_EVENTS, {
  'seance.planned': 'Séance planifiée',
  'seance.rescheduled': 'Séance déplacée',
  'seance.cancelled': 'Séance annulée',
  'seance.held': 'Séance réalisée',
  'seance.no_show': 'Absence à une séance',
  'seance.attendance_signed': 'Émargement signé',
});
