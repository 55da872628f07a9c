/**
 * The beneficiary or the consultant deletes a competence; its links to experiences and the
 * comments on it go with it. Audited (a destruction of content). Only while the bilan is open.
 */
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { deleteCompetence as deleteRow, findCompetence } from '../data/competence-repository.ts';

export async function deleteCompetence(deps: Deps, actor: Actor, bilanId: string, competenceId: string): Promise<void> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'either');
    assertOpen(bilan);
    const row = await findCompetence(trx, bilan.id, competenceId);
    if (!row) notFound();
    const removed = await deleteRow(trx, row.id);
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'portfolio.competence_deleted',
        subjectType: 'portfolio_competence',
        subjectId: row.id,
        bilanId: bilan.id,
        details: removed,
      },
      now,
    );
  });
}
