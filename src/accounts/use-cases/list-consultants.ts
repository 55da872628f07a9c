/**
 * The admin's team page: consultants with their account state and number of open bilans.
 */
import type { ConsultantView } from '../contracts/schemas.ts';
import { invitationState } from '../../bilans/domain/next-step.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { listConsultantRows } from '../data/user-repository.ts';

export async function listConsultants(deps: Deps, actor: Actor): Promise<ConsultantView[]> {
  requireRole(actor, 'admin');
  const now = deps.clock.now();
  const rows = await listConsultantRows(deps.db, actor.organisationId);
  return rows.map((r) => ({
    id: r.id,
    firstName: r.first_name,
    lastName: r.last_name,
    email: r.email,
    status: r.status,
    openBilans: r.open_bilans,
    invitation: {
      id: r.invitation_id ?? '',
      state: invitationState(
        r.invitation_id && r.invitation_status && r.invitation_expires_at
          ? { status: r.invitation_status, expiresAt: r.invitation_expires_at }
          : null,
        now,
      ),
      expiresAt: r.invitation_expires_at?.toISOString() ?? null,
    },
  }));
}
