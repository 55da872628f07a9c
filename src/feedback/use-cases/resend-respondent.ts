/**
 * « Renvoyer »: the beneficiary sends a person they invited a new link (decision 026); the
 * previous link opens nothing any more and the new one is valid for the full period. Whether that
 * person has already answered changes nothing here (the beneficiary must not learn who answered):
 * an answered invitation's new link says that one answer only is possible. A withdrawn link or
 * questionnaire is not sent again.
 */
import { feedbackInvitationEmail } from '../domain/emails.ts';
import { LINK_DAYS, requireSoftSkills } from '../domain/regard.ts';
import { AppError } from '../../shared/errors.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { assignmentPeople, loadAssignment } from '../../questionnaires/data/assignment-repository.ts';
import { lockInvitation, replaceInvitationToken } from '../data/invitation-repository.ts';

const DAY = 86_400_000;

export async function resendRespondent(deps: Deps, actor: Actor, invitationId: string): Promise<void> {
  requireRole(actor, 'beneficiary');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const invitation = await lockInvitation(trx, invitationId, actor.organisationId);
    if (!invitation) throw new AppError('not_found');
    const row = await loadAssignment(trx, actor, invitation.assignment_id, { as: 'beneficiary' });
    requireSoftSkills(row);
    if (row.withdrawn_at)
      throw new AppError('feedback_refused', { message: 'Ce questionnaire a été retiré par votre consultant·e.' });
    if (invitation.revoked_at)
      throw new AppError('feedback_refused', { message: 'Ce lien a été retiré : il ne peut plus être renvoyé.' });
    const { token, hash } = deps.tokens.create();
    const expiresAt = new Date(now.getTime() + LINK_DAYS * DAY);
    await replaceInvitationToken(trx, invitation.id, hash, expiresAt);
    const me = await assignmentPeople(trx, row.id);
    const url = `${deps.publicUrl}/regard/${token}`;
    await deps.outbox.enqueue(
      trx,
      {
        organisationId: actor.organisationId,
        kind: 'feedback_invitation',
        to: invitation.email,
        message: feedbackInvitationEmail({
          firstName: me.beneficiary_first_name,
          organisationName: me.organisation_name,
          expiresAt,
          url,
        }),
        personalLink: { url, expiresAt },
      },
      now,
    );
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'feedback.resent',
        subjectType: 'questionnaire_assignment',
        subjectId: row.id,
        bilanId: row.bilan_id,
        details: {},
      },
      now,
    );
  });
  deps.emailsQueued();
}
