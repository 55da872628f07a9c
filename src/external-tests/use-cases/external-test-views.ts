/**
 * What the beneficiary and their consultant read: the external test results of a bilan, and the
 * publisher's PDF report of one. Nobody else reads them (admins 403, others 404).
 */
import type { BilanExternalTests } from '../contracts/schemas.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { loadResult, readableBilan, resultQuery, viewOf } from './external-test-store.ts';

export async function listExternalTests(deps: Deps, actor: Actor, bilanId: string): Promise<BilanExternalTests> {
  requireRole(actor, 'consultant', 'beneficiary');
  const bilan = await readableBilan(deps.db, actor, bilanId);
  const rows = await resultQuery(deps.db)
    .where('r.bilan_id', '=', bilan.id)
    .where('r.organisation_id', '=', actor.organisationId)
    .orderBy('r.taken_on')
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
  return { results: rows.map(viewOf) };
}

/** The publisher's PDF exactly as uploaded, with the name it was uploaded under. */
export async function externalTestReport(
  deps: Deps,
  actor: Actor,
  resultId: string,
): Promise<{ fileName: string; pdf: Buffer }> {
  requireRole(actor, 'consultant', 'beneficiary');
  const row = await loadResult(deps.db, actor, resultId);
  const file = await deps.db
    .selectFrom('external_test_results')
    .select(['report_pdf', 'report_filename'])
    .where('id', '=', row.id)
    .executeTakeFirst();
  if (!file?.report_pdf || !file.report_filename) notFound();
  return { fileName: file.report_filename, pdf: file.report_pdf };
}
