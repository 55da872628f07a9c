/**
 * The consultant records the delivery of the approved synthesis: the day and the channel (in
 * person, download, post, e-mail). Refused before the approval (409) or for a day in the future or
 * before the approval (422). It makes the closure checklist's item a fact. Audited (decision 043).
 */
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { parisDate } from '../../platform/clock.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { RecordDelivery, SyntheseDeliveryView } from '../contracts/schemas.ts';
import { findSynthese, setDelivery } from '../data/synthese-repository.ts';
import { buildSyntheseView, readSyntheseState } from '../data/synthese-view.ts';
import { findApproval, findVersion } from '../data/version-repository.ts';

export async function recordDelivery(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  input: RecordDelivery,
): Promise<{ delivery: SyntheseDeliveryView }> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  const result = await deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'consultant');
    assertOpen(bilan);
    const synthese = await findSynthese(trx, bilan.id);
    const approval = synthese ? await findApproval(trx, synthese.id) : undefined;
    if (!synthese || !approval) throw new AppError('synthese_not_approved');
    if (synthese.delivered_on !== null) throw new AppError('synthese_already_delivered');
    const field = (message: string) => new AppError('validation_failed', { message, fields: { deliveredOn: message } });
    if (input.deliveredOn > parisDate(now)) throw field('La date de remise ne peut pas être dans le futur.');
    if (input.deliveredOn < parisDate(approval.signed_at))
      throw field('La date de remise ne peut pas précéder l’approbation de la synthèse.');
    await setDelivery(trx, synthese.id, {
      channel: input.channel,
      deliveredOn: input.deliveredOn,
      by: actor.userId,
      now,
    });
    const version = (await findVersion(trx, synthese.id, approval.version_id))!;
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'synthese.delivered',
        subjectType: 'synthese',
        subjectId: synthese.id,
        bilanId: bilan.id,
        details: { channel: input.channel, deliveredOn: input.deliveredOn, number: version.number },
      },
      now,
    );
    const view = await buildSyntheseView(trx, bilan, 'consultant', await readSyntheseState(trx, bilan.id));
    return { delivery: view.delivery! };
  });
  return result;
}
