/**
 * The publisher's PDF exactly as uploaded, with the name it was uploaded under, for the
 * beneficiary and their consultant. Nobody else reads it (admins 403, others 404).
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
  return { fileName: file.report_filename, pdf: file.report_pdf };
}
