/**
 * The consultant offers the follow-up interview during the conclusion; the beneficiary is told by
 * e-mail. Administrative facts only.
 */
import { followUpOfferedEmail } from '../domain/emails.ts';
import { AppError } from '../../shared/errors.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { lockBilan } from '../../bilans/data/bilan-access.ts';
import { readPersonWithOrganisation } from '../../accounts/data/user-repository.ts';
import { insertFollowUpOffer } from '../data/follow-up-repository.ts';

export async function offerFollowUp(deps: Deps, actor: Actor, bilanId: string): Promise<void> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'consultant');
    if (bilan.phase !== 'conclusion') {
      throw new AppError('follow_up_refused', {
        message: 'L’entretien de suivi se propose pendant la phase de conclusion.',
      });
    }
    const offered = await insertFollowUpOffer(
      trx,
      { id: bilanId, organisationId: actor.organisationId },
      actor.userId,
      now,
    );
    if (!offered) throw new AppError('follow_up_refused', { message: 'L’entretien de suivi a déjà été proposé.' });
    const person = await readPersonWithOrganisation(trx, bilan.beneficiary_id);
    const months = person.follow_up_months;
    const message = followUpOfferedEmail({
      firstName: person.first_name,
      consultantName: `${actor.firstName} ${actor.lastName}`,
      organisationName: person.name,
      months,
      url: `${deps.publicUrl}/mon-bilan`,
    });
    await deps.outbox.enqueue(
      trx,
      { organisationId: actor.organisationId, kind: 'follow_up_offered', to: person.email, message },
      now,
    );
    await deps.audit.record(
      trx,
      auditContext(actor),
      { action: 'follow_up.offered', subjectType: 'bilan', subjectId: bilanId, details: {} },
      now,
    );
  });
  deps.emailsQueued();
}
