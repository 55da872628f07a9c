/**
 * A bilan's beneficiary category (BPF frame F-1), for an admin of its organisation or its
 * consultant; the beneficiary gets 403, anyone else 404.
 */
import { notFound, requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { lockBilanCategory } from '../../bilans/data/bilan-repository.ts';
import { defaultCategory } from '../domain/categories.ts';
import type { CategoryView } from '../contracts/schemas.ts';

export async function getBeneficiaryCategory(deps: Deps, actor: Actor, bilanId: string): Promise<CategoryView> {
  requireRole(actor, 'admin', 'consultant');
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilanCategory(
      trx,
      actor.organisationId,
      bilanId,
      actor.role === 'consultant' ? actor.userId : null,
    );
    if (!bilan) notFound();
    return { category: bilan.beneficiary_category, suggested: defaultCategory(bilan.financing) };
  });
}
