/**
 * The audit log (append-only: a trigger refuses updates and deletes). Always written with the
 * transaction of the change it records; each event is checked against the events the
 * capabilities declare (`audit/contracts/event-catalogue.ts`, passed in).
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../platform/db/database.ts';
import type { AuditContext } from '../../platform/deps.ts';

interface Event {
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  details: unknown;
}

export function createAuditLog<E extends Event>(events: z.ZodType<E>) {
  return {
    async record(db: Kysely<Database>, context: AuditContext, event: E & { bilanId?: string }, at: Date): Promise<void> {
      const checked = events.parse(event);
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
    },
  };
}
