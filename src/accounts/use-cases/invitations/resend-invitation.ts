/**
 * « Renvoyer »: the person who sends an invitation sends a new link, and the previous one stops
 * working (decision 026): an admin, for a consultant or an admin of their organisation; a consultant, for the
 * beneficiaries of their bilans. Anything else is 404.
 */
import { AppError } from '../../../shared/errors.ts';
import type { Actor, Deps } from '../../../platform/deps.ts';
import { auditContext } from '../../../platform/deps.ts';
import { notFound, requireRole } from '../../../platform/authorize.ts';
import { readOrganisationName } from '../../../organisation/data/organisation-repository.ts';
import { findManageableInvitation } from '../../data/invitation-repository.ts';
import { hasOpenBilan } from '../../../bilans/data/bilan-repository.ts';
import { issueInvitation } from './issue-invitation.ts';

export async function resendInvitation(
  deps: Deps,
  actor: Actor,
  invitationId: string,
): Promise<{ invitationId: string }> {
  requireRole(actor, 'admin', 'consultant');
  const invitation = (await findManageableInvitation(deps.db, actor, invitationId)) ?? notFound();
  if (invitation.user_status !== 'invited' || invitation.status === 'accepted')
    throw new AppError('invitation_not_pending');
  // A beneficiary whose bilans have all ended (clôturé or abandonné) is not invited again.
  if (invitation.role === 'beneficiary' && !(await hasOpenBilan(deps.db, invitation.user_id)))
    throw new AppError('invitation_bilan_ended');
  const now = deps.clock.now();
  const result = await deps.db.transaction().execute(async (trx) =>
    issueInvitation(
      deps,
      trx,
      {
        organisationId: actor.organisationId,
        organisationName: await readOrganisationName(trx, actor.organisationId),
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
    ),
  );
  deps.emailsQueued();
  return { invitationId: result.invitationId };
}
