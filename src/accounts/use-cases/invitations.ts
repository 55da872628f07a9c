/**
 * Reading and accepting an invitation from its e-mailed link (no account yet), and the
 * admin's and consultant's actions on pending invitations (resend, revoke).
 */
import type { AcceptInvitation, SessionUser } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps, Origin } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import { issueInvitation } from './issue-invitation.ts';
import { openSession } from './sessions.ts';
import { assertPasswordAcceptable } from '../../platform/validation.ts';
import type { Role } from '../domain/users.ts';

export interface InvitationView {
  organisationName: string;
  role: Role;
  firstName: string;
  lastName: string;
  email: string;
  inviterName: string;
  expiresAt: string;
}

function assertUsable(invitation: { status: string; expires_at: Date }, now: Date): void {
  if (invitation.status === 'accepted') throw new AppError('invitation_used');
  if (invitation.status === 'revoked') throw new AppError('invitation_revoked');
  if (invitation.status === 'expired' || invitation.expires_at.getTime() <= now.getTime())
    throw new AppError('invitation_expired');
}

export async function getInvitation(deps: Deps, token: string): Promise<InvitationView> {
  const row = await deps.db
    .selectFrom('invitations as i')
    .innerJoin('users as u', 'u.id', 'i.user_id')
    .innerJoin('users as by', 'by.id', 'i.invited_by')
    .innerJoin('organisations as o', 'o.id', 'i.organisation_id')
    .select([
      'i.status',
      'i.expires_at',
      'u.role',
      'u.first_name',
      'u.last_name',
      'u.email',
      'by.first_name as by_first',
      'by.last_name as by_last',
      'o.name as organisation_name',
    ])
    .where('i.token_hash', '=', deps.tokens.hash(token))
    .executeTakeFirst();
  if (!row) throw new AppError('invitation_invalid');
  assertUsable(row, deps.clock.now());
  return {
    organisationName: row.organisation_name,
    role: row.role,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    inviterName: `${row.by_first} ${row.by_last}`,
    expiresAt: row.expires_at.toISOString(),
  };
}

export async function acceptInvitation(
  deps: Deps,
  origin: Origin,
  token: string,
  input: AcceptInvitation,
): Promise<{ token: string; user: SessionUser }> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const invitation = await trx
      .selectFrom('invitations as i')
      .innerJoin('users as u', 'u.id', 'i.user_id')
      .innerJoin('organisations as o', 'o.id', 'i.organisation_id')
      .select([
        'i.id',
        'i.status',
        'i.expires_at',
        'i.organisation_id',
        'u.id as user_id',
        'u.role',
        'u.email',
        'u.first_name',
        'u.last_name',
        'u.status as user_status',
        'o.name as organisation_name',
      ])
      .where('i.token_hash', '=', deps.tokens.hash(token))
      .forUpdate('i')
      .executeTakeFirst();
    if (!invitation) throw new AppError('invitation_invalid');
    assertUsable(invitation, now);
    if (invitation.user_status !== 'invited') throw new AppError('invitation_used');
    assertPasswordAcceptable(input.password, invitation.email);
    const passwordHash = await deps.hasher.hash(input.password);
    await trx
      .updateTable('users')
      .set({ status: 'active', password_hash: passwordHash, activated_at: now })
      .where('id', '=', invitation.user_id)
      .execute();
    await trx
      .updateTable('invitations')
      .set({ status: 'accepted', accepted_at: now })
      .where('id', '=', invitation.id)
      .execute();
    await deps.audit.record(
      trx,
      { organisationId: invitation.organisation_id, userId: invitation.user_id, role: invitation.role, ...origin },
      {
        action: 'invitation.accepted',
        subjectType: 'invitation',
        subjectId: invitation.id,
        details: { role: invitation.role, email: invitation.email },
      },
      now,
    );
    const sessionToken = await openSession(deps, trx, invitation.user_id, origin, now);
    return {
      token: sessionToken,
      user: {
        id: invitation.user_id,
        role: invitation.role,
        firstName: invitation.first_name,
        lastName: invitation.last_name,
        email: invitation.email,
        organisation: { id: invitation.organisation_id, name: invitation.organisation_name },
      },
    };
  });
}

/**
 * Loads an invitation the actor may act on: admins, any of their organisation; consultants,
 * those of the beneficiaries of bilans assigned to them. Anything else is 404.
 */
async function loadManageable(deps: Deps, actor: Actor, invitationId: string) {
  requireRole(actor, 'admin', 'consultant');
  let query = deps.db
    .selectFrom('invitations as i')
    .innerJoin('users as u', 'u.id', 'i.user_id')
    .select(['i.id', 'i.status', 'i.user_id', 'u.email', 'u.first_name', 'u.role', 'u.status as user_status'])
    .where('i.id', '=', invitationId)
    .where('i.organisation_id', '=', actor.organisationId);
  if (actor.role === 'consultant') {
    query = query
      .where('u.role', '=', 'beneficiary')
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('bilans as b')
            .select('b.id')
            .whereRef('b.beneficiary_id', '=', 'u.id')
            .where('b.consultant_id', '=', actor.userId),
        ),
      );
  }
  return (await query.executeTakeFirst()) ?? notFound();
}

export async function resendInvitation(
  deps: Deps,
  actor: Actor,
  invitationId: string,
): Promise<{ invitationId: string }> {
  const invitation = await loadManageable(deps, actor, invitationId);
  if (invitation.user_status !== 'invited' || invitation.status === 'accepted')
    throw new AppError('invitation_not_pending');
  const now = deps.clock.now();
  const result = await deps.db.transaction().execute(async (trx) => {
    const organisation = await trx
      .selectFrom('organisations')
      .select('name')
      .where('id', '=', actor.organisationId)
      .executeTakeFirstOrThrow();
    return issueInvitation(
      deps,
      trx,
      {
        organisationId: actor.organisationId,
        organisationName: organisation.name,
        target: {
          userId: invitation.user_id,
          email: invitation.email,
          firstName: invitation.first_name,
          role: invitation.role,
        },
        inviter: { id: actor.userId, name: `${actor.firstName} ${actor.lastName}` },
        publicUrl: deps.publicUrl,
        context: auditContext(actor),
        resent: true,
      },
      now,
    );
  });
  deps.emailsQueued();
  return { invitationId: result.invitationId };
}

export async function revokeInvitation(deps: Deps, actor: Actor, invitationId: string): Promise<void> {
  const invitation = await loadManageable(deps, actor, invitationId);
  if (invitation.status !== 'pending') throw new AppError('invitation_not_pending');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('invitations')
      .set({ status: 'revoked' })
      .where('id', '=', invitation.id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw new AppError('invitation_not_pending');
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'invitation.revoked',
        subjectType: 'invitation',
        subjectId: invitation.id,
        details: { email: invitation.email },
      },
      now,
    );
  });
}
