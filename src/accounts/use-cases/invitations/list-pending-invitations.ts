/**
 * The team's invitations (consultants, admins) still waiting for an answer, expired and cancelled
 * ones included, for the admin to send a new link (« Renvoyer ») or cancel.
 */
import type { PendingInvitationView } from '../../contracts/schemas.ts';
import type { Actor, Deps } from '../../../platform/deps.ts';
import { requireRole } from '../../../platform/authorize.ts';
import { listPendingInvitationRows } from '../../data/invitation-repository.ts';

export async function listPendingInvitations(deps: Deps, actor: Actor): Promise<PendingInvitationView[]> {
  requireRole(actor, 'admin');
  const now = deps.clock.now();
  const rows = await listPendingInvitationRows(deps.db, actor.organisationId);
  return rows.map((r) => ({
    id: r.id,
    role: r.role,
    firstName: r.first_name,
    lastName: r.last_name,
    email: r.email,
    invitedBy: r.by_first === null ? null : `${r.by_first} ${r.by_last}`,
    createdAt: r.created_at.toISOString(),
    expiresAt: r.expires_at.toISOString(),
    expired: r.status === 'expired' || (r.status === 'pending' && r.expires_at.getTime() <= now.getTime()),
    cancelled: r.status === 'revoked',
  }));
}
