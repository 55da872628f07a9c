/**
 * The beneficiary or the consultant saves a step of the action plan: what, who, by when, resources,
 * funding route, status, and the piste and training need it serves (both of this bilan; a training
 * need brings its piste). A stale revision answers 409 with the current version; a piste or a
 * training need of another bilan is not found. Only while the bilan is open.
 */
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { findPiste } from '../../exploration/data/piste-repository.ts';
import { findTrainingNeed } from '../../exploration/data/training-need-repository.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { ActionStep, ActionStepView } from '../contracts/schemas.ts';
import { readActionStep } from '../data/action-plan-read.ts';
import { countSteps, findStep, insertStep, updateStep } from '../data/step-repository.ts';
import { LIMITS } from '../domain/model.ts';

export async function saveActionStep(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  input: ActionStep,
): Promise<{ step: ActionStepView }> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'either');
    assertOpen(bilan);
    const existing = input.id ? await findStep(trx, bilan.id, input.id) : undefined;
    if (existing && existing.revision !== input.revision)
      throw new AppError('action_plan_stale', {
        details: { current: await readActionStep(trx, bilan.organisation_id, bilan.id, existing.id) },
      });
    if (!existing && input.revision !== 0) notFound();
    let pisteId = input.pisteId;
    if (input.trainingNeedId) {
      const need = await findTrainingNeed(trx, bilan.id, input.trainingNeedId);
      if (!need) notFound();
      if (pisteId && pisteId !== need.piste_id)
        throw new AppError('validation_failed', {
          fields: {
            trainingNeedId: 'Ce besoin de formation relève d’une autre piste : choisissez-en un de cette piste.',
          },
        });
      pisteId = need.piste_id;
    }
    if (pisteId && !(await findPiste(trx, bilan.id, pisteId))) notFound();
    const fields = {
      horizon: input.horizon,
      what: input.what,
      who: input.who,
      byWhen: input.byWhen,
      resources: input.resources,
      funding: input.funding,
      status: input.status,
      pisteId,
      trainingNeedId: input.trainingNeedId,
    };
    let id: string;
    if (existing) {
      await updateStep(trx, existing.id, { by: actor.userId, now, fields });
      id = existing.id;
    } else {
      if ((await countSteps(trx, bilan.id)) >= LIMITS.steps) throw new AppError('action_plan_too_many');
      const created = await insertStep(trx, {
        id: input.id,
        organisationId: bilan.organisation_id,
        bilanId: bilan.id,
        by: actor.userId,
        now,
        fields,
      });
      // The id is taken (by a step of another bilan, or of this one saved meanwhile).
      if (!created) notFound();
      id = created;
    }
    return { step: await readActionStep(trx, bilan.organisation_id, bilan.id, id) };
  });
}
