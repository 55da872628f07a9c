/**
 * Writes audit events. Always called with the transaction of the change it records.
 */
import type { Kysely } from 'kysely';
import { AuditEventSchema, type AuditEvent } from '../domain/events.ts';
import type { Database } from '../../platform/db/database.ts';

/** Who did it, from where. `userId` is null for anonymous attempts (e.g. a failed login). */
export interface AuditContext {
  organisationId: string | null;
  userId: string | null;
  role: string | null;
  ip: string | null;
  userAgent: string | null;
}

export async function recordAudit(
  db: Kysely<Database>,
  context: AuditContext,
  event: AuditEvent & { bilanId?: string },
  at: Date,
): Promise<void> {
  const checked = AuditEventSchema.parse(event);
  await db
    .insertInto('audit_events')
    .values({
      organisation_id: context.organisationId,
      occurred_at: at,
      actor_user_id: context.userId,
      actor_role: context.role,
      action: checked.action,
      subject_type: checked.subjectType,
      subject_id: checked.subjectId,
      bilan_id: event.bilanId ?? (checked.subjectType === 'bilan' ? checked.subjectId : null),
      ip: context.ip,
      user_agent: context.userAgent?.slice(0, 500) ?? null,
      details: JSON.stringify(checked.details),
    })
    .execute();
}
