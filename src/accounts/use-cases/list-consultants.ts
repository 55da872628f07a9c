/**
 * The admin's team page: consultants with their account state and number of open bilans.
 */
import type { ConsultantView } from '../contracts/schemas.ts';
import { invitationState } from '../../bilans/domain/next-step.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { OPEN_PHASES } from '../../bilans/domain/phases.ts';

export async function listConsultants(deps: Deps, actor: Actor): Promise<ConsultantView[]> {
  requireRole(actor, 'admin');
  const now = deps.clock.now();
  const rows = await deps.db
    .selectFrom('users as u')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('invitations as i')
          .select(['i.id', 'i.status', 'i.expires_at'])
          .whereRef('i.user_id', '=', 'u.id')
          .orderBy('i.created_at', 'desc')
          .limit(1)
          .as('inv'),
      (join) => join.onTrue(),
    )
    .select([
      'u.id',
      'u.first_name',
      'u.last_name',
      'u.email',
      'u.status',
      'inv.id as invitation_id',
      'inv.status as invitation_status',
      'inv.expires_at as invitation_expires_at',
    ])
    .select((eb) =>
      eb
        .selectFrom('bilans as b')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('b.consultant_id', '=', 'u.id')
        .where('b.phase', 'in', OPEN_PHASES)
        .as('open_bilans'),
    )
    .where('u.organisation_id', '=', actor.organisationId)
    .where('u.role', '=', 'consultant')
    .orderBy('u.last_name')
    .orderBy('u.first_name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    firstName: r.first_name,
    lastName: r.last_name,
    email: r.email,
    status: r.status,
    openBilans: r.open_bilans ?? 0,
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
