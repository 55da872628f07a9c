/**
 * « Renvoyer » for an évaluation (decision 026): the consultant of the bilan sends the beneficiary
 * a new link to the unanswered évaluation à chaud or à froid, valid for the full period from
 * today; the previous link opens nothing any more. Also after the bilan has ended.
 */
import { AppError } from '../../shared/errors.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { lockBilan } from '../../bilans/data/bilan-access.ts';
import { readPersonWithOrganisation } from '../../accounts/data/user-repository.ts';
import { renewEvaluationLink } from '../data/evaluation-repository.ts';
import type { EvaluationKind } from '../domain/evaluations.ts';

export async function resendEvaluation(deps: Deps, actor: Actor, bilanId: string, kind: EvaluationKind): Promise<void> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'consultant');
    const person = await readPersonWithOrganisation(trx, bilan.beneficiary_id);
    const renewed = await renewEvaluationLink(
      trx,
      {
        bilanId,
        organisationId: actor.organisationId,
        kind,
        to: person.email,
        firstName: person.first_name,
        organisationName: person.name,
      },
      deps,
      now,
    );
    if (!renewed)
      throw new AppError('follow_up_refused', {
        message: 'Cette évaluation n’attend pas de réponse : elle n’a pas été envoyée, ou la réponse est déjà reçue.',
      });
    await deps.audit.record(
      trx,
      auditContext(actor),
      { action: 'evaluation.resent', subjectType: 'bilan', subjectId: bilanId, details: { kind } },
      now,
    );
  });
  deps.emailsQueued();
}
