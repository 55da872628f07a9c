/**
 * The beneficiary or the consultant deletes a piste; its training needs and enquêtes (contacts
 * included) go with it. Audited (a destruction of content). Only while the bilan is open.
 */
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { deletePiste as deleteRow, findPiste } from '../data/piste-repository.ts';

export async function deletePiste(deps: Deps, actor: Actor, bilanId: string, pisteId: string): Promise<void> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'either');
    assertOpen(bilan);
    const row = await findPiste(trx, bilan.id, pisteId);
    if (!row) notFound();
    const removed = await deleteRow(trx, row.id);
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'exploration.piste_deleted',
        subjectType: 'exploration_piste',
        subjectId: row.id,
        bilanId: bilan.id,
        details: removed,
      },
      now,
    );
  });
}
