/**
 * External licensed tests (decision 018): what the consultant sends to record a result of a test
 * Sillage does not reproduce, and what the beneficiary and the consultant read back.
 *
 * Requests that carry the publisher's PDF are `multipart/form-data` with two parts: `result`, the
 * JSON of `ExternalTestSchema` (or `UpdateExternalTestSchema`), and `report`, the PDF file. Without
 * a file, the same JSON may be sent as `application/json`.
 */
import { z } from 'zod';
import {
  ExternalTestFieldsSchema,
  ExternalTestResultSchema,
  atLeastOneScoreOrCode,
  MAX_REPORT_BYTES,
  MAX_SCORES,
  REPORT_PROBLEM_MESSAGES,
} from '../domain/external-result.ts';

export { MAX_REPORT_BYTES, MAX_SCORES, REPORT_PROBLEM_MESSAGES };
export { parseScoreValue, reportProblem } from '../domain/external-result.ts';

/** Recording a result: test, publisher, date, code and/or scores, comment. */
export const ExternalTestSchema = ExternalTestResultSchema;
export type ExternalTestInput = z.input<typeof ExternalTestSchema>;
export type ExternalTest = z.output<typeof ExternalTestSchema>;

/** Editing a result: the same fields, and whether to remove the attached report. */
export const UpdateExternalTestSchema = ExternalTestFieldsSchema.extend({
  removeReport: z.boolean().optional().default(false),
}).refine(atLeastOneScoreOrCode.check, atLeastOneScoreOrCode.issue);
export type UpdateExternalTestInput = z.input<typeof UpdateExternalTestSchema>;
export type UpdateExternalTest = z.output<typeof UpdateExternalTestSchema>;

/** The multipart part names. */
export const RESULT_PART = 'result';
export const REPORT_PART = 'report';

/** Shown under the file field. */
export const REPORT_HINT = 'PDF, 10 Mo au plus.';

export interface ExternalTestReportView {
  fileName: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  /** GET: the PDF, as an attachment. */
  url: string;
}

export interface ExternalTestView {
  id: string;
  bilanId: string;
  testName: string;
  publisher: string;
  takenOn: string;
  code: string | null;
  scores: { label: string; value: number; unit: string | null }[];
  consultantComment: string | null;
  recordedBy: string;
  createdAt: string;
  updatedAt: string;
  report: ExternalTestReportView | null;
}

export interface BilanExternalTests {
  results: ExternalTestView[];
}

/** "245 Ko", "1,2 Mo": a file size the French way. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes}\u00a0o`;
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))}\u00a0Ko`;
  return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))}\u00a0Mo`;
}

/** A score value the French way (decimal comma, no trailing zeros). */
export function formatScoreValue(value: number): string {
  return new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 4 }).format(value);
}
