/**
 * Shared by the external-test use cases (decision 018): reads scoped to the bilan's beneficiary
 * and consultant (an admin gets 403, anyone else 404, nothing read for them), the view sent to
 * both, and storing the publisher's PDF once its bytes are checked.
 */
import { createHash } from 'node:crypto';
import { reportFileName, reportProblem, REPORT_PROBLEM_MESSAGES } from '../domain/external-result.ts';
import type { ExternalTestView } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import type { Actor } from '../../platform/deps.ts';
import { pastOrTodayDate } from '../../platform/validation.ts';
import type { Trx } from '../../platform/db/kysely.ts';

/** The publisher's report as received: the name the browser gave and the bytes. */
export interface ReportUpload {
  fileName: string | null;
  bytes: Uint8Array;
}

/** Results with their bilan's people, without the PDF bytes. */
export function resultQuery(trx: Trx) {
  return trx
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
  trx: Trx,
  actor: Actor,
  resultId: string,
  options: { lock?: boolean; as?: 'consultant' } = {},
): Promise<ResultRow> {
  requireRole(actor, ...(options.as ? [options.as] : (['consultant', 'beneficiary'] as const)));
  let query = resultQuery(trx)
    .where('r.id', '=', resultId)
    .where('r.organisation_id', '=', actor.organisationId)
    .where(actor.role === 'consultant' ? 'b.consultant_id' : 'b.beneficiary_id', '=', actor.userId);
  if (options.lock) query = query.forUpdate('r');
  const row = await query.executeTakeFirst();
  if (!row) notFound();
  return row;
}

/** The bilan, if the actor is its consultant or its beneficiary (no lock: a read). */
export async function readableBilan(trx: Trx, actor: Actor, bilanId: string): Promise<{ id: string }> {
  requireRole(actor, 'consultant', 'beneficiary');
  const bilan = await trx
    .selectFrom('bilans')
    .select('id')
    .where('id', '=', bilanId)
    .where('organisation_id', '=', actor.organisationId)
    .where(actor.role === 'consultant' ? 'consultant_id' : 'beneficiary_id', '=', actor.userId)
    .executeTakeFirst();
  if (!bilan) notFound();
  return bilan;
}

export function reportUrl(resultId: string): string {
  return `/api/external-tests/${resultId}/report`;
}

export function viewOf(row: ResultRow): ExternalTestView {
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
            url: reportUrl(row.id),
          }
        : null,
  };
}

export interface CheckedReport {
  fileName: string;
  bytes: Buffer;
  size: number;
  sha256: string;
}

/** The upload, judged on its bytes; a 413 or a 422 on the `report` field when refused. */
export function checkReport(upload: ReportUpload): CheckedReport {
  const problem = reportProblem(upload.bytes);
  if (problem === 'too_large')
    throw new AppError('report_too_large', { fields: { report: REPORT_PROBLEM_MESSAGES.too_large } });
  if (problem) throw new AppError('validation_failed', { fields: { report: REPORT_PROBLEM_MESSAGES[problem] } });
  const bytes = Buffer.from(upload.bytes.buffer, upload.bytes.byteOffset, upload.bytes.byteLength);
  return {
    fileName: reportFileName(upload.fileName),
    bytes,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
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

/** The row's columns from a validated entry. */
export function columnsOf(input: {
  testName: string;
  publisher: string;
  takenOn: string;
  code?: string | undefined;
  scores: { label: string; value: number; unit?: string | undefined }[];
  consultantComment?: string | undefined;
}) {
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

/**
 * Checks what the clock and the bytes decide (the date not in the future, the PDF), reporting
 * every field at once: a 422, or a 413 when the file is too large.
 */
export function checkEntry(
  input: { takenOn?: string },
  upload: ReportUpload | null | undefined,
  today: string,
): CheckedReport | null {
  const fields: Record<string, string> = {};
  let checked: CheckedReport | null = null;
  if (input.takenOn !== undefined) {
    try {
      pastOrTodayDate(input.takenOn, 'takenOn', today, 'La date de passation ne peut pas être dans le futur.');
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      Object.assign(fields, error.fields);
    }
  }
  if (upload) {
    try {
      checked = checkReport(upload);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.code === 'report_too_large') throw error;
      Object.assign(fields, error.fields);
    }
  }
  if (Object.keys(fields).length > 0) throw new AppError('validation_failed', { fields });
  return checked;
}
