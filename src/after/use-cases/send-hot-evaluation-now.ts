/**
 * The consultant sends the évaluation à chaud during the conclusion (the sweep sends it at the end
 * otherwise); the beneficiary answers through the e-mailed link.
 */
import { AppError } from '../../shared/errors.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { lockBilan } from '../../bilans/data/bilan-access.ts';
import { readPersonWithOrganisation } from '../../accounts/data/user-repository.ts';
import { createEvaluation } from '../data/evaluation-repository.ts';

export async function sendHotEvaluationNow(deps: Deps, actor: Actor, bilanId: string): Promise<void> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'consultant');
    if (bilan.phase === 'preliminaire' || bilan.phase === 'investigation') {
      throw new AppError('follow_up_refused', {
        message: 'L’évaluation à chaud s’envoie pendant la phase de conclusion.',
      });
    }
    const person = await readPersonWithOrganisation(trx, bilan.beneficiary_id);
    const sent = await createEvaluation(
      trx,
      {
        bilanId,
        organisationId: actor.organisationId,
        kind: 'chaud',
        to: person.email,
        firstName: person.first_name,
        organisationName: person.name,
      },
      deps,
      now,
    );
    if (!sent) throw new AppError('follow_up_refused', { message: 'L’évaluation à chaud a déjà été envoyée.' });
  });
  deps.emailsQueued();
}
