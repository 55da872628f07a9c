/**
 * The beneficiary or the consultant deletes a domain of competence; its competences stay, without
 * domain. Audited (a destruction of content). Only while the bilan is open.
 */
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { deleteDomain as deleteRow, findDomain } from '../data/domain-repository.ts';

export async function deleteDomain(deps: Deps, actor: Actor, bilanId: string, domainId: string): Promise<void> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'either');
    assertOpen(bilan);
    const row = await findDomain(trx, bilan.id, domainId);
    if (!row) notFound();
    const competences = await deleteRow(trx, row.id);
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'portfolio.domain_deleted',
        subjectType: 'portfolio_domain',
        subjectId: row.id,
        bilanId: bilan.id,
        details: { competences },
      },
      now,
    );
  });
}
