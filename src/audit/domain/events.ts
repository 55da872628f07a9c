/**
 * The audit log's event types. Stored as (action, subject, details jsonb); changing a shape here
 * may need a data migration for old rows, so add new actions rather than reshaping old ones.
 */
import { z } from 'zod';
import { PHASES } from '../../bilans/domain/phases.ts';
import { ATTENDANCE_METHODS, ATTENDANCE_SIGNERS } from '../../seances/domain/attendance.ts';
import { FOLLOW_UP_RESPONSES } from '../../after/domain/follow-up.ts';
import { EDOF_DECLARATION_KINDS } from '../../financing/domain/cpf-calendar.ts';

const uuid = z.uuid();
const phase = z.enum(PHASES);

export const AuditEventSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('organisation.created'),
    subjectType: z.literal('organisation'),
    subjectId: uuid,
    details: z.object({ name: z.string() }),
  }),
  z.object({
    action: z.literal('auth.login_succeeded'),
    subjectType: z.literal('user'),
    subjectId: uuid,
    details: z.object({}),
  }),
  z.object({
    action: z.literal('auth.login_failed'),
    subjectType: z.literal('user').nullable(),
    subjectId: uuid.nullable(),
    details: z.object({ reason: z.enum(['wrong_password', 'unknown_account', 'inactive_account']) }),
  }),
  z.object({
    action: z.literal('auth.login_blocked'),
    subjectType: z.literal('user').nullable(),
    subjectId: uuid.nullable(),
    details: z.object({ scope: z.enum(['account', 'ip']) }),
  }),
  z.object({
    action: z.literal('auth.logged_out'),
    subjectType: z.literal('user'),
    subjectId: uuid,
    details: z.object({}),
  }),
  z.object({
    action: z.literal('auth.password_reset_requested'),
    subjectType: z.literal('user'),
    subjectId: uuid,
    details: z.object({}),
  }),
  z.object({
    action: z.literal('auth.password_reset'),
    subjectType: z.literal('user'),
    subjectId: uuid,
    details: z.object({}),
  }),
  z.object({
    action: z.literal('invitation.created'),
    subjectType: z.literal('invitation'),
    subjectId: uuid,
    details: z.object({ role: z.string(), email: z.string() }),
  }),
  z.object({
    action: z.literal('invitation.resent'),
    subjectType: z.literal('invitation'),
    subjectId: uuid,
    details: z.object({ email: z.string() }),
  }),
  z.object({
    action: z.literal('invitation.revoked'),
    subjectType: z.literal('invitation'),
    subjectId: uuid,
    details: z.object({ email: z.string() }),
  }),
  z.object({
    action: z.literal('invitation.accepted'),
    subjectType: z.literal('invitation'),
    subjectId: uuid,
    details: z.object({ role: z.string(), email: z.string() }),
  }),
  z.object({
    action: z.literal('invitation.expired'),
    subjectType: z.literal('invitation'),
    subjectId: uuid,
    details: z.object({ email: z.string() }),
  }),
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
    details: z.object({ signer: z.enum(ATTENDANCE_SIGNERS), method: z.enum(ATTENDANCE_METHODS) }),
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
    action: z.literal('outbox.message_viewed'),
    subjectType: z.literal('email'),
    subjectId: uuid,
    details: z.object({ kind: z.string() }),
  }),
  // After the bilan (follow-up, EDOF).
  z.object({
    action: z.literal('follow_up.offered'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({}),
  }),
  z.object({
    action: z.literal('follow_up.answered'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({ response: z.enum(FOLLOW_UP_RESPONSES) }),
  }),
  z.object({
    action: z.literal('follow_up.recorded'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({ outcome: z.string() }),
  }),
  z.object({
    action: z.literal('edof.declared'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({ kind: z.enum(EDOF_DECLARATION_KINDS), declaredOn: z.string() }),
  }),
  // Intake (issue 3)
  z.object({
    action: z.literal('organisation.profile_updated'),
    subjectType: z.literal('organisation'),
    subjectId: uuid,
    details: z.object({ fields: z.array(z.string()) }),
  }),
  z.object({
    action: z.literal('offer.created'),
    subjectType: z.literal('offer'),
    subjectId: uuid,
    details: z.object({ title: z.string() }),
  }),
  z.object({
    action: z.literal('offer.updated'),
    subjectType: z.literal('offer'),
    subjectId: uuid,
    details: z.object({ title: z.string(), active: z.boolean() }),
  }),
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
  // Documents, signatures and financing (decision 015).
  z.object({
    action: z.literal('financing.updated'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({ type: z.string(), status: z.string() }),
  }),
  z.object({
    action: z.literal('financing.status_changed'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({ from: z.string(), to: z.string(), by: z.enum(['user', 'sweep', 'signature']) }),
  }),
  z.object({
    action: z.literal('document.generated'),
    subjectType: z.literal('document'),
    subjectId: uuid,
    details: z.object({ kind: z.string(), version: z.number(), sha256: z.string() }),
  }),
  z.object({
    action: z.literal('document.signed'),
    subjectType: z.literal('document'),
    subjectId: uuid,
    details: z.object({ kind: z.string(), signer: z.string(), sha256: z.string() }),
  }),
  z.object({
    action: z.literal('document.link_sent'),
    subjectType: z.literal('document'),
    subjectId: uuid,
    details: z.object({ email: z.string() }),
  }),
  // External licensed tests (decision 018; no result content in the log).
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
  // Questionnaires and instruments (no answer content in the log).
  z.object({
    action: z.literal('questionnaire.assigned'),
    subjectType: z.literal('questionnaire_assignment'),
    subjectId: uuid,
    details: z.object({ questionnaireId: z.string(), version: z.number() }),
  }),
  z.object({
    action: z.literal('questionnaire.submitted'),
    subjectType: z.literal('questionnaire_assignment'),
    subjectId: uuid,
    details: z.object({ questionnaireId: z.string(), version: z.number() }),
  }),
  z.object({
    action: z.literal('questionnaire.commented'),
    subjectType: z.literal('questionnaire_assignment'),
    subjectId: uuid,
    details: z.object({ questionId: z.string() }),
  }),
  z.object({
    action: z.literal('questionnaire.debriefed'),
    subjectType: z.literal('questionnaire_assignment'),
    subjectId: uuid,
    details: z.object({}),
  }),
  z.object({
    action: z.literal('questionnaire.withdrawn'),
    subjectType: z.literal('questionnaire_assignment'),
    subjectId: uuid,
    details: z.object({}),
  }),
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
    action: z.literal('feedback.invited'),
    subjectType: z.literal('questionnaire_assignment'),
    subjectId: uuid,
    details: z.object({}),
  }),
  z.object({
    action: z.literal('feedback.revoked'),
    subjectType: z.literal('questionnaire_assignment'),
    subjectId: uuid,
    details: z.object({}),
  }),
  z.object({
    action: z.literal('worksheet.updated'),
    subjectType: z.literal('worksheet'),
    subjectId: uuid,
    details: z.object({ version: z.number() }),
  }),
]);

export type AuditEvent = z.infer<typeof AuditEventSchema>;
export type AuditAction = AuditEvent['action'];
export const AUDIT_ACTIONS = AuditEventSchema.options.map((o) => o.shape.action.value) as AuditAction[];
