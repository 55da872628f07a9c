/**
 * The consultant corrects a recorded external test result: its fields, and its PDF report (a new
 * file replaces the old one; `removeReport` takes it away). Only the bilan's consultant may, while
 * the bilan is open; a refused request changes nothing.
 */
import { parisDate } from '../../platform/clock.ts';
import type { UpdateExternalTest } from '../contracts/schemas.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { assertOpen } from '../../bilans/data/bilan-access.ts';
import { loadResult, storeReport, updateResult } from '../data/external-test-repository.ts';
import { checkEntry, type ReportUpload } from '../data/report-file.ts';

export async function updateExternalTest(
  deps: Deps,
  actor: Actor,
  resultId: string,
  input: UpdateExternalTest,
  upload?: ReportUpload | null,
): Promise<void> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  const report = checkEntry(input, upload, parisDate(now));
  await deps.db.transaction().execute(async (trx) => {
    const row = await loadResult(trx, actor, resultId, { lock: true, as: 'consultant' });
    assertOpen(row);
    const removing = !report && input.removeReport && row.report_sha256 !== null;
    await updateResult(trx, row.id, input, { removeReport: removing, now });
    const context = auditContext(actor);
    await deps.audit.record(
      trx,
      context,
      {
        action: 'external_test.updated',
        subjectType: 'external_test',
        subjectId: row.id,
        bilanId: row.bilan_id,
        details: {},
      },
      now,
    );
    if (report) {
      await storeReport(trx, row.id, report, now);
      await deps.audit.record(
        trx,
        context,
        {
          action: 'external_test.report_attached',
          subjectType: 'external_test',
          subjectId: row.id,
          bilanId: row.bilan_id,
          details: { sha256: report.sha256, size: report.size, replaced: row.report_sha256 !== null },
        },
        now,
      );
    }
    if (removing) {
      await deps.audit.record(
        trx,
        context,
        {
          action: 'external_test.report_removed',
          subjectType: 'external_test',
          subjectId: row.id,
          bilanId: row.bilan_id,
          details: {},
        },
        now,
      );
    }
  });
}
