/** The beneficiary withdraws an invitation: its link opens nothing any more. */
import { AppError } from '../../shared/errors.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { loadAssignment } from '../../questionnaires/data/assignment-repository.ts';
import { lockInvitation, markRevoked } from '../data/invitation-repository.ts';

export async function revokeRespondent(deps: Deps, actor: Actor, invitationId: string): Promise<void> {
  requireRole(actor, 'beneficiary');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const invitation = await lockInvitation(trx, invitationId, actor.organisationId);
    if (!invitation) throw new AppError('not_found');
    const row = await loadAssignment(trx, actor, invitation.assignment_id, { as: 'beneficiary' });
    if (invitation.revoked_at)
      throw new AppError('feedback_refused', { message: 'Cette invitation est déjà retirée.' });
    await markRevoked(trx, invitation.id, now);
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'feedback.revoked',
        subjectType: 'questionnaire_assignment',
        subjectId: row.id,
        bilanId: row.bilan_id,
        details: {},
      },
      now,
    );
  });
}
