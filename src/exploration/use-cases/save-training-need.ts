/**
 * The beneficiary or the consultant saves a training need of a piste, often from a competence of
 * its skill gap (the OGR code, checked against the catalogue): content, duration, certification,
 * funding route (CPF, projet de transition professionnelle, VAE, employer, other). A stale revision
 * answers 409 with the current version; a piste of another bilan is not found. Only while the bilan
 * is open.
 */
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { TrainingNeed, TrainingNeedView } from '../contracts/schemas.ts';
import { skillExists } from '../data/catalogue-reads.ts';
import { readTrainingNeed } from '../data/exploration-views.ts';
import { findPiste } from '../data/piste-repository.ts';
import { countItems } from '../data/tracked-rows.ts';
import { findTrainingNeed, insertTrainingNeed, updateTrainingNeed } from '../data/training-need-repository.ts';
import { LIMITS } from '../domain/model.ts';

export async function saveTrainingNeed(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  input: TrainingNeed,
): Promise<{ trainingNeed: TrainingNeedView }> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  if (input.codeOgr && !(await skillExists(deps.db, input.codeOgr)))
    throw new AppError('validation_failed', {
      fields: { codeOgr: `Le code ${input.codeOgr} ne correspond à aucune compétence ni à aucun savoir du ROME.` },
    });
  const fields = {
    pisteId: input.pisteId,
    codeOgr: input.codeOgr,
    content: input.content,
    duration: input.duration,
    certification: input.certification,
    funding: input.funding,
  };
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'either');
    assertOpen(bilan);
    const existing = input.id ? await findTrainingNeed(trx, bilan.id, input.id) : undefined;
    if (existing && existing.revision !== input.revision)
      throw new AppError('exploration_stale', {
        details: {
          current: await readTrainingNeed(trx, bilan.organisation_id, bilan.id, existing.piste_id, existing.id),
        },
      });
    if (!existing && input.revision !== 0) notFound();
    if (!(await findPiste(trx, bilan.id, input.pisteId))) notFound();
    let id: string;
    if (existing) {
      await updateTrainingNeed(trx, existing.id, { by: actor.userId, now, fields });
      id = existing.id;
    } else {
      if (
        (await countItems(trx, 'exploration_training_needs', { bilanId: bilan.id, pisteId: input.pisteId })) >=
        LIMITS.perPiste
      )
        throw new AppError('exploration_too_many');
      const created = await insertTrainingNeed(trx, {
        id: input.id,
        organisationId: bilan.organisation_id,
        bilanId: bilan.id,
        by: actor.userId,
        now,
        fields,
      });
      if (!created) notFound();
      id = created;
    }
    return { trainingNeed: await readTrainingNeed(trx, bilan.organisation_id, bilan.id, input.pisteId, id) };
  });
}
