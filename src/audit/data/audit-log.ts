/**
 * The audit log (append-only: a trigger refuses updates and deletes). Always written with the
 * transaction of the change it records; each event is checked against the events the
 * capabilities declare (`audit/contracts/event-catalogue.ts`, passed in).
 */
import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../platform/db/database.ts';
import type { Actor, AuditContext } from '../../platform/deps.ts';
import { READ_DEDUP_MINUTES, type ContentRead } from '../contracts/content-reads.ts';

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

    /**
     * A read of a bilan's content by anyone but its beneficiary (decision 049): nothing for a
     * beneficiary; otherwise one INSERT … SELECT that writes nothing when the same person read the
     * same category and subject of the bilan within `READ_DEDUP_MINUTES` (index
     * `audit_events_content_reads`). Two simultaneous identical reads may both be written.
     */
    async recordRead(db: Kysely<Database>, actor: Actor, read: ContentRead, at: Date): Promise<void> {
      if (actor.role === 'beneficiary') return;
      const checked = events.parse({
        action: 'content.read',
        subjectType: read.subjectType,
        subjectId: read.subjectId,
        details: { category: read.category },
      });
      const since = new Date(at.getTime() - READ_DEDUP_MINUTES * 60_000);
      await sql`
        INSERT INTO audit_events (organisation_id, occurred_at, actor_user_id, actor_role, action, subject_type,
                                  subject_id, bilan_id, ip, user_agent, details)
        SELECT ${actor.organisationId}::uuid, ${at}::timestamptz, ${actor.userId}::uuid, ${actor.role}::text,
               ${checked.action}::text, ${checked.subjectType}::text, ${checked.subjectId}::uuid, ${read.bilanId}::uuid,
               ${actor.ip}::text, ${actor.userAgent?.slice(0, 500) ?? null}::text, ${JSON.stringify(checked.details)}::jsonb
        WHERE NOT EXISTS (
          SELECT 1 FROM audit_events
          WHERE action = 'content.read' AND bilan_id = ${read.bilanId}::uuid AND actor_user_id = ${actor.userId}::uuid
            AND occurred_at > ${since}::timestamptz AND occurred_at <= ${at}::timestamptz
            AND subject_id = ${checked.subjectId}::uuid AND details ->> 'category' = ${read.category}::text
        )`.execute(db);
    },
  };
}

/**
 * A page of the organisation's events, newest first, before the event `before` if given, with the
 * names of the actor, of the bilan's beneficiary and of the user the event is about.
 */
export function listAuditEventRows(
  db: Kysely<Database>,
  organisationId: string,
  before: number | undefined,
  limit: number,
) {
  let query = db
    .selectFrom('audit_events as e')
    .leftJoin('users as a', 'a.id', 'e.actor_user_id')
    .leftJoin('bilans as b', 'b.id', 'e.bilan_id')
    .leftJoin('users as bb', 'bb.id', 'b.beneficiary_id')
    .leftJoin('users as su', (join) => join.onRef('su.id', '=', 'e.subject_id').on('e.subject_type', '=', 'user'))
    .select([
      'e.id',
      'e.occurred_at',
      'e.actor_role',
      'e.action',
      'e.subject_type',
      'e.ip',
      'e.details',
      'a.first_name as a_first',
      'a.last_name as a_last',
      'bb.first_name as b_first',
      'bb.last_name as b_last',
      'su.first_name as s_first',
      'su.last_name as s_last',
    ])
    .where('e.organisation_id', '=', organisationId)
    .orderBy('e.id', 'desc')
    .limit(limit);
  if (before !== undefined) query = query.where('e.id', '<', before);
  return query.execute();
}
