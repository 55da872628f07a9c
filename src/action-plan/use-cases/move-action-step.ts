/**
 * The beneficiary or the consultant moves a step before or after its neighbour within its horizon
 * (the order in which the plan is read). Nothing happens at either end. The order is not content:
 * no revision changes, so an editor open elsewhere is not made stale. Only while the bilan is open.
 */
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { findNeighbour, findStep, swapPositions } from '../data/step-repository.ts';

export async function moveActionStep(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  id: string,
  input: { direction: 'up' | 'down' },
): Promise<void> {
  requireRole(actor, 'consultant', 'beneficiary');
  await deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'either');
    assertOpen(bilan);
    const step = await findStep(trx, bilan.id, id);
    if (!step) notFound();
    const neighbour = await findNeighbour(
      trx,
      { bilanId: bilan.id, horizon: step.horizon, position: step.position },
      input.direction,
    );
    if (neighbour) await swapPositions(trx, step, neighbour);
  });
}
