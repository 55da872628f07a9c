/**
 * Invitations of the organisation still waiting for an answer (including those that have just
 * expired and not yet been swept), for the admin to resend or revoke.
 */
import type { PendingInvitationView } from '../contracts/schemas.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';

export async function listPendingInvitations(deps: Deps, actor: Actor): Promise<PendingInvitationView[]> {
  requireRole(actor, 'admin');
  const now = deps.clock.now();
  const rows = await deps.db
    .selectFrom('invitations as i')
    .innerJoin('users as u', 'u.id', 'i.user_id')
    .innerJoin('users as by', 'by.id', 'i.invited_by')
    .select([
      'i.id',
      'i.created_at',
      'i.expires_at',
      'u.role',
      'u.first_name',
      'u.last_name',
      'u.email',
      'by.first_name as by_first',
      'by.last_name as by_last',
    ])
    .where('i.organisation_id', '=', actor.organisationId)
    .where('i.status', '=', 'pending')
    .orderBy('i.created_at', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    role: r.role,
    firstName: r.first_name,
    lastName: r.last_name,
    email: r.email,
    invitedBy: `${r.by_first} ${r.by_last}`,
    createdAt: r.created_at.toISOString(),
    expiresAt: r.expires_at.toISOString(),
    expired: r.expires_at.getTime() <= now.getTime(),
  }));
}
