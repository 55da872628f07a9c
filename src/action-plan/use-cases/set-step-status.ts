/**
 * The status of a step changes (à faire, en cours, faite, abandonnée): while the bilan is open, by
 * its beneficiary or its consultant; once it has ended (clôturé or abandonné), by its beneficiary
 * only — the plan is theirs and the basis of the follow-up interview (decision 042). A stale
 * revision answers 409 with the current version.
 */
import { lockBilan } from '../../bilans/data/bilan-access.ts';
import { isOpen } from '../../bilans/domain/phases.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { ActionStepView } from '../contracts/schemas.ts';
import { readActionStep } from '../data/action-plan-read.ts';
import { findStep, updateStepStatus } from '../data/step-repository.ts';
import type { StepStatus } from '../domain/model.ts';

export async function setStepStatus(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  stepId: string,
  input: { revision: number; status: StepStatus },
): Promise<{ step: ActionStepView }> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'either');
    if (!isOpen(bilan.phase) && actor.role !== 'beneficiary') throw new AppError('action_plan_ended');
    const existing = await findStep(trx, bilan.id, stepId);
    if (!existing) notFound();
    if (existing.revision !== input.revision)
      throw new AppError('action_plan_stale', {
        details: { current: await readActionStep(trx, bilan.organisation_id, bilan.id, existing.id) },
      });
    await updateStepStatus(trx, existing.id, { by: actor.userId, now, status: input.status });
    return { step: await readActionStep(trx, bilan.organisation_id, bilan.id, existing.id) };
  });
}
