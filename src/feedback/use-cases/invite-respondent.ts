/**
 * The beneficiary invites someone by e-mail to give their regard on the soft skills (no account;
 * one answer per link; expiring; revocable). The e-mail shows the beneficiary's first name only.
 */
import { feedbackInvitationEmail } from '../domain/emails.ts';
import { LINK_DAYS, MAX_INVITATIONS, requireSoftSkills } from '../domain/regard.ts';
import type { InviteRespondent } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import { isOpen } from '../../bilans/domain/phases.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { assignmentPeople, loadAssignment } from '../../questionnaires/data/assignment-repository.ts';
import { insertInvitation, invitedEmails } from '../data/invitation-repository.ts';

const DAY = 86_400_000;

export async function inviteRespondent(
  deps: Deps,
  actor: Actor,
  assignmentId: string,
  input: InviteRespondent,
): Promise<{ invitationId: string }> {
  requireRole(actor, 'beneficiary');
  const now = deps.clock.now();
  const id = await deps.db.transaction().execute(async (trx) => {
    const row = await loadAssignment(trx, actor, assignmentId, { lock: true, as: 'beneficiary' });
    requireSoftSkills(row);
    if (row.withdrawn_at)
      throw new AppError('feedback_refused', { message: 'Ce questionnaire a été retiré par votre consultant·e.' });
    if (!isOpen(row.phase))
      throw new AppError('feedback_refused', {
        message: 'Votre bilan est terminé : vous ne pouvez plus inviter personne.',
      });
    // The actor is the bilan's beneficiary (loadAssignment checked it).
    const me = await assignmentPeople(trx, row.id);
    if (me.beneficiary_email.toLowerCase() === input.email)
      throw new AppError('validation_failed', { fields: { email: 'Invitez une autre personne que vous-même.' } });
    const existing = await invitedEmails(trx, row.id);
    if (existing.some((e) => e.email === input.email))
      throw new AppError('validation_failed', { fields: { email: 'Cette personne est déjà invitée.' } });
    if (existing.length >= MAX_INVITATIONS)
      throw new AppError('feedback_refused', { message: `Vous pouvez inviter ${MAX_INVITATIONS} personnes au plus.` });
    const { token, hash } = deps.tokens.create();
    const expiresAt = new Date(now.getTime() + LINK_DAYS * DAY);
    const invitationId = await insertInvitation(trx, {
      organisation_id: actor.organisationId,
      assignment_id: row.id,
      email: input.email,
      token_hash: hash,
      created_at: now,
      expires_at: expiresAt,
    });
    const url = `${deps.publicUrl}/regard/${token}`;
    const message = feedbackInvitationEmail({
      firstName: me.beneficiary_first_name,
      organisationName: me.organisation_name,
      expiresAt,
      url,
    });
    await deps.outbox.enqueue(
      trx,
      {
        organisationId: actor.organisationId,
        kind: 'feedback_invitation',
        to: input.email,
        message,
        personalLink: { url, expiresAt },
      },
      now,
    );
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'feedback.invited',
        subjectType: 'questionnaire_assignment',
        subjectId: row.id,
        bilanId: row.bilan_id,
        details: {},
      },
      now,
    );
    return invitationId;
  });
  deps.emailsQueued();
  return { invitationId: id };
}
