/**
 * What the beneficiary and their consultant read: the external test results of a bilan. Nobody
 * else reads them (admins 403, others 404). The consultant's read of results is audited
 * (`content.read`, decision 049).
 */
import type { BilanExternalTests, ExternalTestView } from '../contracts/schemas.ts';
import { externalTestReportUrl } from '../contracts/endpoints.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { readBilan } from '../../bilans/data/bilan-access.ts';
import { listBilanResults, type ResultRow } from '../data/external-test-repository.ts';

function viewOf(row: ResultRow): ExternalTestView {
  return {
    id: row.id,
    bilanId: row.bilan_id,
    testName: row.test_name,
    publisher: row.publisher,
    takenOn: row.taken_on,
    code: row.code,
    scores: row.scores.map((s) => ({ label: s.label, value: s.value, unit: s.unit ?? null })),
    consultantComment: row.consultant_comment,
    recordedBy: `${row.recorder_first} ${row.recorder_last}`,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    report:
      row.report_filename && row.report_size !== null && row.report_sha256 && row.report_uploaded_at
        ? {
            fileName: row.report_filename,
            size: row.report_size,
            sha256: row.report_sha256,
            uploadedAt: row.report_uploaded_at.toISOString(),
            url: externalTestReportUrl(row.id),
          }
        : null,
  };
}

export async function listExternalTests(deps: Deps, actor: Actor, bilanId: string): Promise<BilanExternalTests> {
  requireRole(actor, 'consultant', 'beneficiary');
  const bilan = await readBilan(deps.db, actor, bilanId, 'either');
  const rows = await listBilanResults(deps.db, actor.organisationId, bilan.id);
  if (rows.length > 0)
    await deps.audit.recordRead(
      deps.db,
      actor,
      { bilanId: bilan.id, category: 'external_tests', subjectType: 'bilan', subjectId: bilan.id },
      deps.clock.now(),
    );
  return { results: rows.map(viewOf) };
}
