/**
 * The audit log's event catalogue, gathered from each capability's `contracts/audit-events.ts`
 * (one line per capability). Stored as (action, subject, details jsonb); changing a shape may need a
 * data migration for old rows, so add new actions rather than reshaping old ones.
 */
import { z } from 'zod';
import { ACCOUNTS_AUDIT_EVENTS, ACCOUNTS_AUDIT_LABELS } from '../../accounts/contracts/audit-events.ts';
import { BILANS_AUDIT_EVENTS, BILANS_AUDIT_LABELS } from '../../bilans/contracts/audit-events.ts';
import { SEANCES_AUDIT_EVENTS, SEANCES_AUDIT_LABELS } from '../../seances/contracts/audit-events.ts';
import { EMAIL_AUDIT_EVENTS, EMAIL_AUDIT_LABELS } from '../../email/contracts/audit-events.ts';
import { AFTER_AUDIT_EVENTS, AFTER_AUDIT_LABELS } from '../../after/contracts/audit-events.ts';
import { ORGANISATION_AUDIT_EVENTS, ORGANISATION_AUDIT_LABELS } from '../../organisation/contracts/audit-events.ts';
import { INTAKE_AUDIT_EVENTS, INTAKE_AUDIT_LABELS } from '../../intake/contracts/audit-events.ts';
import { FINANCING_AUDIT_EVENTS, FINANCING_AUDIT_LABELS } from '../../financing/contracts/audit-events.ts';
import { DOCUMENTS_AUDIT_EVENTS, DOCUMENTS_AUDIT_LABELS } from '../../documents/contracts/audit-events.ts';
import {
  EXTERNAL_TESTS_AUDIT_EVENTS,
  EXTERNAL_TESTS_AUDIT_LABELS,
} from '../../external-tests/contracts/audit-events.ts';
import {
  QUESTIONNAIRES_AUDIT_EVENTS,
  QUESTIONNAIRES_AUDIT_LABELS,
} from '../../questionnaires/contracts/audit-events.ts';
import { WORKSHEETS_AUDIT_EVENTS, WORKSHEETS_AUDIT_LABELS } from '../../worksheets/contracts/audit-events.ts';
import { FEEDBACK_AUDIT_EVENTS, FEEDBACK_AUDIT_LABELS } from '../../feedback/contracts/audit-events.ts';
import { PORTFOLIO_AUDIT_EVENTS, PORTFOLIO_AUDIT_LABELS } from '../../portfolio/contracts/audit-events.ts';
import { EXPLORATION_AUDIT_EVENTS, EXPLORATION_AUDIT_LABELS } from '../../exploration/contracts/audit-events.ts';
import { ACTION_PLAN_AUDIT_EVENTS, ACTION_PLAN_AUDIT_LABELS } from '../../action-plan/contracts/audit-events.ts';
import { SHARING_AUDIT_EVENTS, SHARING_AUDIT_LABELS } from '../../sharing/contracts/audit-events.ts';
import { SYNTHESE_AUDIT_EVENTS, SYNTHESE_AUDIT_LABELS } from '../../synthese/contracts/audit-events.ts';
import { PRIVACY_AUDIT_EVENTS, PRIVACY_AUDIT_LABELS } from '../../privacy/contracts/audit-events.ts';
import { DATA_EXPORT_AUDIT_EVENTS, DATA_EXPORT_AUDIT_LABELS } from '../../data-export/contracts/audit-events.ts';
import { AUDIT_AUDIT_EVENTS, AUDIT_AUDIT_LABELS } from './audit-events.ts';
import { READ_KIND_LABELS, readKindOf } from './content-reads.ts';
import { QUALITY_AUDIT_EVENTS, QUALITY_AUDIT_LABELS } from '../../quality/contracts/audit-events.ts';
import { BPF_AUDIT_EVENTS, BPF_AUDIT_LABELS } from '../../bpf/contracts/audit-events.ts';
import { LIFECYCLE_AUDIT_EVENTS, LIFECYCLE_AUDIT_LABELS } from '../../lifecycle/contracts/audit-events.ts';

export const AuditEventSchema = z.discriminatedUnion('action', [
  ...ACCOUNTS_AUDIT_EVENTS,
  ...BILANS_AUDIT_EVENTS,
  ...SEANCES_AUDIT_EVENTS,
  ...EMAIL_AUDIT_EVENTS,
  ...AFTER_AUDIT_EVENTS,
  ...ORGANISATION_AUDIT_EVENTS,
  ...INTAKE_AUDIT_EVENTS,
  ...FINANCING_AUDIT_EVENTS,
  ...DOCUMENTS_AUDIT_EVENTS,
  ...EXTERNAL_TESTS_AUDIT_EVENTS,
  ...QUESTIONNAIRES_AUDIT_EVENTS,
  ...WORKSHEETS_AUDIT_EVENTS,
  ...FEEDBACK_AUDIT_EVENTS,
  ...PORTFOLIO_AUDIT_EVENTS,
  ...EXPLORATION_AUDIT_EVENTS,
  ...ACTION_PLAN_AUDIT_EVENTS,
  ...SHARING_AUDIT_EVENTS,
  ...SYNTHESE_AUDIT_EVENTS,
  ...PRIVACY_AUDIT_EVENTS,
  ...DATA_EXPORT_AUDIT_EVENTS,
  ...AUDIT_AUDIT_EVENTS,
  ...QUALITY_AUDIT_EVENTS,
  ...BPF_AUDIT_EVENTS,
  ...LIFECYCLE_AUDIT_EVENTS,
]);

export type AuditEvent = z.infer<typeof AuditEventSchema>;
export type AuditAction = AuditEvent['action'];
export const AUDIT_ACTIONS = AuditEventSchema.options.map((o) => o.shape.action.value) as AuditAction[];

/** The French label of each action, for the admin's journal. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  ...ACCOUNTS_AUDIT_LABELS,
  ...BILANS_AUDIT_LABELS,
  ...SEANCES_AUDIT_LABELS,
  ...EMAIL_AUDIT_LABELS,
  ...AFTER_AUDIT_LABELS,
  ...ORGANISATION_AUDIT_LABELS,
  ...INTAKE_AUDIT_LABELS,
  ...FINANCING_AUDIT_LABELS,
  ...DOCUMENTS_AUDIT_LABELS,
  ...EXTERNAL_TESTS_AUDIT_LABELS,
  ...QUESTIONNAIRES_AUDIT_LABELS,
  ...WORKSHEETS_AUDIT_LABELS,
  ...FEEDBACK_AUDIT_LABELS,
  ...PORTFOLIO_AUDIT_LABELS,
  ...EXPLORATION_AUDIT_LABELS,
  ...ACTION_PLAN_AUDIT_LABELS,
  ...SHARING_AUDIT_LABELS,
  ...SYNTHESE_AUDIT_LABELS,
  ...PRIVACY_AUDIT_LABELS,
  ...DATA_EXPORT_AUDIT_LABELS,
  ...AUDIT_AUDIT_LABELS,
  ...QUALITY_AUDIT_LABELS,
  ...BPF_AUDIT_LABELS,
  ...LIFECYCLE_AUDIT_LABELS,
};

/**
 * The label of an action read back from the log (an action no longer emitted shows as stored); a
 * read of content says what was read (decision 049).
 */
export function auditActionLabel(action: string, details: Record<string, unknown> = {}): string {
  const label = (AUDIT_ACTION_LABELS as Record<string, string | undefined>)[action] ?? action;
  const read = action === 'content.read' ? readKindOf(action, details) : null;
  return read ? `${label} : ${READ_KIND_LABELS[read].toLowerCase()}` : label;
}
