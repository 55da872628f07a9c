/**
 * The publisher's PDF report as received, judged on its bytes (`%PDF-`, not empty, 10 MB at most)
 * and fingerprinted (SHA-256) before it is stored; and an entry's checks that depend on the clock
 * and the bytes, reported together.
 */
import { createHash } from 'node:crypto';
import { reportFileName, reportProblem, REPORT_PROBLEM_MESSAGES } from '../domain/external-result.ts';
import { AppError } from '../../shared/errors.ts';
import { pastOrTodayDate } from '../../platform/validation.ts';

/** The publisher's report as received: the name the browser gave and the bytes. */
export interface ReportUpload {
  fileName: string | null;
  bytes: Uint8Array;
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
