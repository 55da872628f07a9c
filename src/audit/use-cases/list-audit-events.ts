/**
 * The organisation's audit log for its admins, newest first, 50 per page.
 */
import type { AuditPage } from '../../accounts/contracts/schemas.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Role } from '../../accounts/domain/users.ts';

const PAGE = 50;

export async function listAuditEvents(deps: Deps, actor: Actor, cursor?: string): Promise<AuditPage> {
  requireRole(actor, 'admin');
  const before = cursor && /^\d{1,18}$/.test(cursor) ? Number(cursor) : undefined;
  let query = deps.db
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
    .where('e.organisation_id', '=', actor.organisationId)
    .orderBy('e.id', 'desc')
    .limit(PAGE + 1);
  if (before !== undefined) query = query.where('e.id', '<', before);
  const rows = await query.execute();
  const page = rows.slice(0, PAGE);
  return {
    events: page.map((r) => {
      const details = r.details ?? {};
      const subject = r.b_first
        ? `Bilan de ${r.b_first} ${r.b_last}`
        : r.s_first
          ? `${r.s_first} ${r.s_last}`
          : typeof details['email'] === 'string'
            ? String(details['email'])
            : null;
      return {
        id: r.id,
        at: r.occurred_at.toISOString(),
        actor: r.a_first ? `${r.a_first} ${r.a_last}` : null,
        actorRole: (r.actor_role as Role | null) ?? null,
        action: r.action,
        subject,
        ip: r.ip,
        details,
      };
    }),
    nextCursor: rows.length > PAGE ? String(page.at(-1)?.id) : null,
  };
}
