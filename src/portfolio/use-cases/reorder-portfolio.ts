/**
 * The beneficiary or the consultant puts the experiences, the competences or the domains in a new
 * order: the items named come first, in the order sent; any item not named (one the other person
 * added meanwhile) keeps its place after them. Naming an item the list does not have (deleted
 * meanwhile) or naming one twice is refused (422, reload). The order is not part of an item's
 * revision, so it never makes a save stale. Only while the bilan is open.
 */
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { Reorder } from '../contracts/schemas.ts';
import { listIds, setPositions } from '../data/domain-repository.ts';

export async function reorderPortfolio(deps: Deps, actor: Actor, bilanId: string, input: Reorder): Promise<void> {
  requireRole(actor, 'consultant', 'beneficiary');
  await deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'either');
    assertOpen(bilan);
    const current = await listIds(trx, input.list, bilan.id);
    const sent = new Set(input.ids);
    const known = new Set(current);
    if (sent.size !== input.ids.length || input.ids.some((id) => !known.has(id)))
      throw new AppError('validation_failed', {
        fields: { ids: 'Cette liste a changé entre-temps (un élément a été supprimé) : rechargez la page.' },
      });
    await setPositions(trx, input.list, bilan.id, [...input.ids, ...current.filter((id) => !sent.has(id))]);
  });
}
