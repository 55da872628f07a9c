/**
 * An admin of the organisation or the bilan's consultant records the beneficiary's category (BPF
 * frame F-1), at any time: the BPF of a past year reads it too. Audited when it changes.
 */
import { notFound, requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { lockBilanCategory, setBilanCategory } from '../../bilans/data/bilan-repository.ts';
import { defaultCategory, type BeneficiaryCategory } from '../domain/categories.ts';
import type { CategoryView } from '../contracts/schemas.ts';

export async function setBeneficiaryCategory(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  input: { category: BeneficiaryCategory },
): Promise<CategoryView> {
  requireRole(actor, 'admin', 'consultant');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilanCategory(
      trx,
      actor.organisationId,
      bilanId,
      actor.role === 'consultant' ? actor.userId : null,
    );
    if (!bilan) notFound();
    if (bilan.beneficiary_category !== input.category) {
      await setBilanCategory(trx, bilan.id, input.category);
      await deps.audit.record(
        trx,
        auditContext(actor),
        {
          action: 'bpf.category_changed',
          subjectType: 'bilan',
          subjectId: bilan.id,
          bilanId: bilan.id,
          details: { from: bilan.beneficiary_category, to: input.category },
        },
        now,
      );
    }
    return { category: input.category, suggested: defaultCategory(bilan.financing) };
  });
}
