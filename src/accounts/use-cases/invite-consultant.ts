/**
 * An admin invites a consultant of their organisation by e-mail.
 */
import type { InvitePerson } from '../contracts/schemas.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { insertInvitedUser, issueInvitation } from './issue-invitation.ts';

export async function inviteConsultant(
  deps: Deps,
  actor: Actor,
  input: InvitePerson,
): Promise<{ userId: string; invitationId: string }> {
  requireRole(actor, 'admin');
  const now = deps.clock.now();
  const result = await deps.db.transaction().execute(async (trx) => {
    const organisation = await trx
      .selectFrom('organisations')
      .select('name')
      .where('id', '=', actor.organisationId)
      .executeTakeFirstOrThrow();
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
        organisationName: organisation.name,
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
