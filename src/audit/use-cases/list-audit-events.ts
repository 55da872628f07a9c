/**
 * The organisation's audit log for its admins, newest first, 50 per page.
 */
import type { AuditPage } from '../contracts/audit-page.ts';
import { listAuditEventRows } from '../data/audit-log.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Role } from '../../accounts/domain/users.ts';

const PAGE = 50;

export async function listAuditEvents(deps: Deps, actor: Actor, cursor?: string): Promise<AuditPage> {
  requireRole(actor, 'admin');
  const before = cursor && /^\d{1,18}$/.test(cursor) ? Number(cursor) : undefined;
  const rows = await listAuditEventRows(deps.db, actor.organisationId, before, PAGE + 1);
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
