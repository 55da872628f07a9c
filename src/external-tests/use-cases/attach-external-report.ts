/**
 * The consultant attaches the publisher's PDF report to a recorded result, or replaces the one
 * attached. The file is judged on its bytes (`%PDF-`, not empty, 10 MB at most); a refused file
 * saves nothing. Only the bilan's consultant may, while the bilan is open.
 */
import { isOpen } from '../../bilans/domain/phases.ts';
import type { ExternalTestReportView } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { checkReport, loadResult, reportUrl, storeReport, type ReportUpload } from './external-test-store.ts';

export async function attachExternalTestReport(
  deps: Deps,
  actor: Actor,
  resultId: string,
  upload: ReportUpload,
): Promise<{ report: ExternalTestReportView }> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  const report = checkReport(upload);
  return deps.db.transaction().execute(async (trx) => {
    const row = await loadResult(trx, actor, resultId, { lock: true, as: 'consultant' });
    if (!isOpen(row.phase)) throw new AppError('bilan_closed');
    await storeReport(trx, row.id, report, now);
    await trx.updateTable('external_test_results').set({ updated_at: now }).where('id', '=', row.id).execute();
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'external_test.report_attached',
        subjectType: 'external_test',
        subjectId: row.id,
        bilanId: row.bilan_id,
        details: { sha256: report.sha256, size: report.size, replaced: row.report_sha256 !== null },
      },
      now,
    );
    return {
      report: {
        fileName: report.fileName,
        size: report.size,
        sha256: report.sha256,
        uploadedAt: now.toISOString(),
        url: reportUrl(row.id),
      },
    };
  });
}
