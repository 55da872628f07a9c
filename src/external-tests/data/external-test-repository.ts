/**
 * The external test results (decision 018): reads scoped to the bilan's beneficiary and consultant
 * (an admin gets 403, anyone else 404, nothing read for them), the rows written from a validated
 * entry, and the publisher's PDF stored on its result.
 */
import type { Actor } from '../../platform/deps.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import type { CheckedReport } from './report-file.ts';

/** Results with their bilan's people, without the PDF bytes. */
function resultQuery(db: Trx) {
  return db
    .selectFrom('external_test_results as r')
    .innerJoin('bilans as b', 'b.id', 'r.bilan_id')
    .innerJoin('users as u', 'u.id', 'r.recorded_by')
    .select([
      'r.id',
      'r.organisation_id',
      'r.bilan_id',
      'r.test_name',
      'r.publisher',
      'r.taken_on',
      'r.code',
      'r.scores',
      'r.consultant_comment',
      'r.created_at',
      'r.updated_at',
      'r.report_filename',
      'r.report_size',
      'r.report_sha256',
      'r.report_uploaded_at',
      'u.first_name as recorder_first',
      'u.last_name as recorder_last',
      'b.consultant_id',
      'b.beneficiary_id',
      'b.phase',
    ]);
}

export type ResultRow = Awaited<ReturnType<ReturnType<typeof resultQuery>['executeTakeFirstOrThrow']>>;

/**
 * The result, if the actor is the consultant (`as: 'consultant'`, for writes) or either person of
 * its bilan. Locked for the transaction when asked.
 */
export async function loadResult(
  db: Trx,
  actor: Actor,
  resultId: string,
  options: { lock?: boolean; as?: 'consultant' } = {},
): Promise<ResultRow> {
  requireRole(actor, ...(options.as ? [options.as] : (['consultant', 'beneficiary'] as const)));
  let query = resultQuery(db)
    .where('r.id', '=', resultId)
    .where('r.organisation_id', '=', actor.organisationId)
    .where(actor.role === 'consultant' ? 'b.consultant_id' : 'b.beneficiary_id', '=', actor.userId);
  if (options.lock) query = query.forUpdate('r');
  const row = await query.executeTakeFirst();
  if (!row) notFound();
  return row;
}

/** The results of a bilan, by date taken, then as recorded. */
export function listBilanResults(db: Trx, organisationId: string, bilanId: string): Promise<ResultRow[]> {
  return resultQuery(db)
    .where('r.bilan_id', '=', bilanId)
    .where('r.organisation_id', '=', organisationId)
    .orderBy('r.taken_on')
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
}

/** The stored PDF and its name, if any. */
export async function readReportFile(
  db: Trx,
  resultId: string,
): Promise<{ report_pdf: Buffer | null; report_filename: string | null } | undefined> {
  return db
    .selectFrom('external_test_results')
    .select(['report_pdf', 'report_filename'])
    .where('id', '=', resultId)
    .executeTakeFirst();
}

/** A validated entry's fields. */
export interface ResultEntry {
  testName: string;
  publisher: string;
  takenOn: string;
  code?: string | undefined;
  scores: { label: string; value: number; unit?: string | undefined }[];
  consultantComment?: string | undefined;
}

/** The row's columns from a validated entry. */
function columnsOf(input: ResultEntry) {
  return {
    test_name: input.testName,
    publisher: input.publisher,
    taken_on: input.takenOn,
    code: input.code ?? null,
    scores: JSON.stringify(
      input.scores.map((s) =>
        s.unit ? { label: s.label, value: s.value, unit: s.unit } : { label: s.label, value: s.value },
      ),
    ),
    consultant_comment: input.consultantComment ?? null,
  };
}

/** Records a result, with its checked report when there is one. */
export async function insertResult(
  trx: Trx,
  result: {
    organisationId: string;
    bilanId: string;
    recordedBy: string;
    entry: ResultEntry;
    report: CheckedReport | null;
    now: Date;
  },
): Promise<{ id: string }> {
  const { report, now } = result;
  return trx
    .insertInto('external_test_results')
    .values({
      organisation_id: result.organisationId,
      bilan_id: result.bilanId,
      recorded_by: result.recordedBy,
      ...columnsOf(result.entry),
      created_at: now,
      updated_at: now,
      ...(report
        ? {
            report_pdf: report.bytes,
            report_filename: report.fileName,
            report_size: report.size,
            report_sha256: report.sha256,
            report_uploaded_at: now,
          }
        : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Corrects a result's fields; `removeReport` takes its report away. */
export async function updateResult(
  trx: Trx,
  resultId: string,
  entry: ResultEntry,
  options: { removeReport: boolean; now: Date },
): Promise<void> {
  await trx
    .updateTable('external_test_results')
    .set({
      ...columnsOf(entry),
      updated_at: options.now,
      ...(options.removeReport
        ? {
            report_pdf: null,
            report_filename: null,
            report_size: null,
            report_sha256: null,
            report_uploaded_at: null,
          }
        : {}),
    })
    .where('id', '=', resultId)
    .execute();
}

/** Marks the result as changed now. */
export async function touchResult(trx: Trx, resultId: string, now: Date): Promise<void> {
  await trx.updateTable('external_test_results').set({ updated_at: now }).where('id', '=', resultId).execute();
}

export async function deleteResult(trx: Trx, resultId: string): Promise<void> {
  await trx.deleteFrom('external_test_results').where('id', '=', resultId).execute();
}

/** Stores the checked report on the result (replacing any previous one). */
export async function storeReport(trx: Trx, resultId: string, report: CheckedReport, now: Date): Promise<void> {
  await trx
    .updateTable('external_test_results')
    .set({
      report_pdf: report.bytes,
      report_filename: report.fileName,
      report_size: report.size,
      report_sha256: report.sha256,
      report_uploaded_at: now,
    })
    .where('id', '=', resultId)
    .execute();
}
