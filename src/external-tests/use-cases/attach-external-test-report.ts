/**
 * The consultant attaches the publisher's PDF report to a recorded result, or replaces the one
 * attached. The file is judged on its bytes (`%PDF-`, not empty, 10 MB at most); a refused file
 * saves nothing. Only the bilan's consultant may, while the bilan is open.
 */
import type { ExternalTestReportView } from '../contracts/schemas.ts';
import { externalTestReportUrl } from '../contracts/endpoints.ts';
import { assertOpen } from '../../bilans/data/bilan-access.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { loadResult, storeReport, touchResult } from '../data/external-test-repository.ts';
import { checkReport, type ReportUpload } from '../data/report-file.ts';

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
    assertOpen(row);
    await storeReport(trx, row.id, report, now);
    await touchResult(trx, row.id, now);
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
        url: externalTestReportUrl(row.id),
      },
    };
  });
}
