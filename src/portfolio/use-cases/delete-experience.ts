/**
 * The beneficiary or the consultant deletes an experience; the links to the competences it proved
 * and the comments on it go with it (the competences stay). Audited (a destruction of content).
 * Only while the bilan is open.
 */
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { deleteExperience as deleteRow, findExperience } from '../data/experience-repository.ts';

export async function deleteExperience(deps: Deps, actor: Actor, bilanId: string, experienceId: string): Promise<void> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'either');
    assertOpen(bilan);
    const row = await findExperience(trx, bilan.id, experienceId);
    if (!row) notFound();
    const removed = await deleteRow(trx, row.id);
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'portfolio.experience_deleted',
        subjectType: 'portfolio_experience',
        subjectId: row.id,
        bilanId: bilan.id,
        details: removed,
      },
      now,
    );
  });
}
