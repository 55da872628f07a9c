/**
 * The beneficiary confirms they received their synthesis (decision 043). Possible after the
 * closure too; a second confirmation changes nothing. It never holds the closure back.
 */
import { lockBilan } from '../../bilans/data/bilan-access.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { SyntheseDeliveryView } from '../contracts/schemas.ts';
import { findSynthese, setDeliveryAcknowledged } from '../data/synthese-repository.ts';
import { buildSyntheseView, readSyntheseState } from '../data/synthese-view.ts';

export async function acknowledgeDelivery(
  deps: Deps,
  actor: Actor,
  bilanId: string,
): Promise<{ delivery: SyntheseDeliveryView }> {
  requireRole(actor, 'beneficiary');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'beneficiary');
    const synthese = await findSynthese(trx, bilan.id);
    if (!synthese || synthese.delivered_on === null) throw new AppError('synthese_not_delivered');
    if (synthese.delivery_acknowledged_at === null) {
      await setDeliveryAcknowledged(trx, synthese.id, now);
      await deps.audit.record(
        trx,
        auditContext(actor),
        {
          action: 'synthese.delivery_acknowledged',
          subjectType: 'synthese',
          subjectId: synthese.id,
          bilanId: bilan.id,
          details: {},
        },
        now,
      );
    }
    const view = await buildSyntheseView(trx, bilan, 'beneficiary', await readSyntheseState(trx, bilan.id));
    return { delivery: view.delivery! };
  });
}
