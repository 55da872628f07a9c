/** The beneficiary or the consultant deletes a training need. Audited. Only while the bilan is open. */
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { deleteTrainingNeed as deleteRow, findTrainingNeed } from '../data/training-need-repository.ts';

export async function deleteTrainingNeed(deps: Deps, actor: Actor, bilanId: string, id: string): Promise<void> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'either');
    assertOpen(bilan);
    const row = await findTrainingNeed(trx, bilan.id, id);
    if (!row) notFound();
    await deleteRow(trx, row.id);
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'exploration.training_need_deleted',
        subjectType: 'exploration_training_need',
        subjectId: row.id,
        bilanId: bilan.id,
        details: {},
      },
      now,
    );
  });
}
