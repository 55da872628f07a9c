/**
 * Reading an invitation from its e-mailed link (no account yet): who invites whom, until when.
 */
import type { InvitationView } from '../../contracts/schemas.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Deps } from '../../../platform/deps.ts';
import { assertInvitationUsable } from '../../domain/invitations.ts';
import { findInvitationByToken } from '../../data/invitation-repository.ts';

export async function getInvitation(deps: Deps, token: string): Promise<InvitationView> {
  const row = await findInvitationByToken(deps.db, deps.tokens.hash(token));
  if (!row) throw new AppError('invitation_invalid');
  assertInvitationUsable(row, deps.clock.now());
  return {
    organisationName: row.organisation_name,
    role: row.role,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    inviterName: row.by_first === null ? null : `${row.by_first} ${row.by_last}`,
    expiresAt: row.expires_at.toISOString(),
  };
}
