/** The beneficiary accepts or declines the follow-up interview offered, until it is planned. */
import type { FollowUpAnswer } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { lockBilan } from '../../bilans/data/bilan-access.ts';
import { lockFollowUp, setFollowUpResponse } from '../data/follow-up-repository.ts';

export async function answerFollowUp(deps: Deps, actor: Actor, bilanId: string, input: FollowUpAnswer): Promise<void> {
  requireRole(actor, 'beneficiary');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await lockBilan(trx, actor, bilanId, 'beneficiary');
    const row = await lockFollowUp(trx, bilanId);
    if (!row)
      throw new AppError('follow_up_refused', {
        message: 'Aucun entretien de suivi ne vous a été proposé pour ce bilan.',
      });
    if (row.due_on)
      throw new AppError('follow_up_refused', {
        message: 'L’entretien de suivi est déjà planifié : contactez votre consultant·e pour le modifier.',
      });
    if (row.response === input.response) return;
    await setFollowUpResponse(trx, bilanId, input.response, now);
    await deps.audit.record(
      trx,
      auditContext(actor),
      { action: 'follow_up.answered', subjectType: 'bilan', subjectId: bilanId, details: { response: input.response } },
      now,
    );
  });
}
