/**
 * An admin (a consultant's or an admin's invitation) or a consultant (their beneficiary's)
 * cancels a pending invitation, with the same reach as resending it: its link stops working.
 */
import { AppError } from '../../../shared/errors.ts';
import type { Actor, Deps } from '../../../platform/deps.ts';
import { auditContext } from '../../../platform/deps.ts';
import { notFound, requireRole } from '../../../platform/authorize.ts';
import { findManageableInvitation, markInvitationRevoked } from '../../data/invitation-repository.ts';

export async function revokeInvitation(deps: Deps, actor: Actor, invitationId: string): Promise<void> {
  requireRole(actor, 'admin', 'consultant');
  const invitation = (await findManageableInvitation(deps.db, actor, invitationId)) ?? notFound();
  if (invitation.status !== 'pending') throw new AppError('invitation_not_pending');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await markInvitationRevoked(trx, invitation.id))) throw new AppError('invitation_not_pending');
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
