/**
 * The publisher's PDF exactly as uploaded, with the name it was uploaded under, for the
 * beneficiary and their consultant. Nobody else reads it (admins 403, others 404). The
 * consultant's download is audited (`content.read`, decision 049).
 */
import { notFound, requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { loadResult, readReportFile } from '../data/external-test-repository.ts';

export async function readExternalTestReport(
  deps: Deps,
  actor: Actor,
  resultId: string,
): Promise<{ fileName: string; pdf: Buffer }> {
  requireRole(actor, 'consultant', 'beneficiary');
  const row = await loadResult(deps.db, actor, resultId);
  const file = await readReportFile(deps.db, row.id);
  if (!file?.report_pdf || !file.report_filename) notFound();
  await deps.audit.recordRead(
    deps.db,
    actor,
    { bilanId: row.bilan_id, category: 'external_test_report', subjectType: 'external_test', subjectId: row.id },
    deps.clock.now(),
  );
  return { fileName: file.report_filename, pdf: file.report_pdf };
}
