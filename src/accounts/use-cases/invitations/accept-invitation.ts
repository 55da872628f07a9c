/**
 * Accepting an invitation from its e-mailed link: the invited person chooses their password, their
 * account becomes active and they are signed in.
 */
import { readSessionBrand } from '../../../organisation/data/brand-repository.ts';
import type { AcceptInvitation, SessionUser } from '../../contracts/schemas.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Deps, Origin } from '../../../platform/deps.ts';
import { assertPasswordAcceptable } from '../../../platform/validation.ts';
import { assertInvitationUsable } from '../../domain/invitations.ts';
import { lockInvitationByToken, markInvitationAccepted } from '../../data/invitation-repository.ts';
import { activateUser } from '../../data/user-repository.ts';
import { openSession } from '../../data/session-repository.ts';

export async function acceptInvitation(
  deps: Deps,
  origin: Origin,
  token: string,
  input: AcceptInvitation,
): Promise<{ token: string; user: SessionUser }> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const invitation = await lockInvitationByToken(trx, deps.tokens.hash(token));
    if (!invitation) throw new AppError('invitation_invalid');
    assertInvitationUsable(invitation, now);
    if (invitation.user_status !== 'invited') throw new AppError('invitation_used');
    assertPasswordAcceptable(input.password, invitation.email);
    const passwordHash = await deps.hasher.hash(input.password);
    await activateUser(trx, invitation.user_id, passwordHash, now);
    await markInvitationAccepted(trx, invitation.id, now);
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
        organisation: {
          id: invitation.organisation_id,
          name: invitation.organisation_name,
          ...(await readSessionBrand(trx, invitation.organisation_id)),
        },
      },
    };
  });
}
