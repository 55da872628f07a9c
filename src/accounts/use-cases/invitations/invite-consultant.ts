/**
 * An admin invites a consultant of their organisation by e-mail.
 */
import type { InvitePerson } from '../../contracts/schemas.ts';
import type { Actor, Deps } from '../../../platform/deps.ts';
import { auditContext } from '../../../platform/deps.ts';
import { requireRole } from '../../../platform/authorize.ts';
import { readOrganisationName } from '../../../organisation/data/organisation-repository.ts';
import { insertInvitedUser } from '../../data/user-repository.ts';
import { issueInvitation } from './issue-invitation.ts';

export async function inviteConsultant(
  deps: Deps,
  actor: Actor,
  input: InvitePerson,
): Promise<{ userId: string; invitationId: string }> {
  requireRole(actor, 'admin');
  const now = deps.clock.now();
  const result = await deps.db.transaction().execute(async (trx) => {
    const name = await readOrganisationName(trx, actor.organisationId);
    const userId = await insertInvitedUser(
      trx,
      { organisationId: actor.organisationId, role: 'consultant', ...input },
      now,
    );
    const { invitationId } = await issueInvitation(
      deps,
      trx,
      {
        organisationId: actor.organisationId,
        organisationName: name,
        target: { userId, email: input.email, firstName: input.firstName, role: 'consultant' },
        inviter: { id: actor.userId, name: `${actor.firstName} ${actor.lastName}` },
        publicUrl: deps.publicUrl,
        context: auditContext(actor),
      },
      now,
    );
    return { userId, invitationId };
  });
  deps.emailsQueued();
  return result;
}
