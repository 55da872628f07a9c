/**
 * The consultant records the result of a licensed external test taken by the beneficiary (test,
 * publisher, date, code and/or scores, comment), with the publisher's PDF report when they have
 * it. Sillage does not reproduce such tests (decision 018). Only the bilan's consultant may, while
 * the bilan is open; a refused request saves nothing.
 */
import { parisDate } from '../../platform/clock.ts';
import type { ExternalTest } from '../contracts/schemas.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { insertResult } from '../data/external-test-repository.ts';
import { checkEntry, type ReportUpload } from '../data/report-file.ts';
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';

export async function recordExternalTest(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  input: ExternalTest,
  upload?: ReportUpload | null,
): Promise<{ resultId: string }> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  const report = checkEntry(input, upload, parisDate(now));
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'consultant');
    assertOpen(bilan);
    const row = await insertResult(trx, {
      organisationId: actor.organisationId,
      bilanId: bilan.id,
      recordedBy: actor.userId,
      entry: input,
      report,
      now,
    });
    const context = auditContext(actor);
    await deps.audit.record(
      trx,
      context,
      {
        action: 'external_test.recorded',
        subjectType: 'external_test',
        subjectId: row.id,
        bilanId: bilan.id,
        details: { withReport: report !== null },
      },
      now,
    );
    if (report) {
      await deps.audit.record(
        trx,
        context,
        {
          action: 'external_test.report_attached',
          subjectType: 'external_test',
          subjectId: row.id,
          bilanId: bilan.id,
          details: { sha256: report.sha256, size: report.size, replaced: false },
        },
        now,
      );
    }
    return { resultId: row.id };
  });
}
