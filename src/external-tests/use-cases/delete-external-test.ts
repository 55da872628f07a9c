/**
 * The consultant deletes a recorded external test result and its PDF report (a mistaken entry,
 * the wrong person's report). Only the bilan's consultant may, while the bilan is open.
 */
import { assertOpen } from '../../bilans/data/bilan-access.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { deleteResult, loadResult } from '../data/external-test-repository.ts';

export async function deleteExternalTest(deps: Deps, actor: Actor, resultId: string): Promise<void> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const row = await loadResult(trx, actor, resultId, { lock: true, as: 'consultant' });
    assertOpen(row);
    await deleteResult(trx, row.id);
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'external_test.deleted',
        subjectType: 'external_test',
        subjectId: row.id,
        bilanId: row.bilan_id,
        details: { hadReport: row.report_sha256 !== null },
      },
      now,
    );
  });
}
