/**
 * The beneficiary withdraws a retention agreement (decision 046): its items are no longer kept and
 * go at the next sweep (with a certificate entry), unless another running agreement keeps them.
 * Only the bilan's beneficiary; an unknown agreement is a 404, one already withdrawn or ended a 409.
 * Audited.
 */
import { lockBilan } from '../../bilans/data/bilan-access.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import { KEEPABLE_ITEMS, type KeepableItem } from '../domain/registry.ts';
import { lockAgreement, markWithdrawn } from '../data/agreement-repository.ts';

export async function withdrawRetentionAgreement(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  agreementId: string,
): Promise<void> {
  requireRole(actor, 'beneficiary');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'beneficiary');
    const agreement = await lockAgreement(trx, bilan.organisation_id, bilan.id, agreementId);
    if (!agreement) notFound();
    if (agreement.withdrawn_at || agreement.ended_at) throw new AppError('retention_agreement_not_running');
    await markWithdrawn(trx, agreement.id, now);
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'retention.agreement_withdrawn',
        subjectType: 'bilan',
        subjectId: bilan.id,
        details: {
          agreementId: agreement.id,
          items: agreement.items.filter((i): i is KeepableItem => (KEEPABLE_ITEMS as readonly string[]).includes(i)),
        },
      },
      now,
    );
  });
}
