/**
 * The beneficiary or the consultant deletes an enquête métier (its contact goes with it). Audited.
 * Only while the bilan is open.
 */
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { deleteEnquete as deleteRow, findEnquete } from '../data/enquete-repository.ts';

export async function deleteEnquete(deps: Deps, actor: Actor, bilanId: string, id: string): Promise<void> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'either');
    assertOpen(bilan);
    const row = await findEnquete(trx, bilan.id, id);
    if (!row) notFound();
    await deleteRow(trx, row.id);
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'exploration.enquete_deleted',
        subjectType: 'exploration_enquete',
        subjectId: row.id,
        bilanId: bilan.id,
        details: { kind: row.kind },
      },
      now,
    );
  });
}
