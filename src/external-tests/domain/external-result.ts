/**
 * Results of licensed external tests (Hexa3D, IRMR, PerformanSe, MBTI…), recorded by the consultant:
 * test name, publisher, date, the scores or code as the publisher reports them, a comment, and the
 * publisher's PDF report kept beside them. Sillage never reproduces such tests, their items or their
 * interpretation texts; it only keeps what the consultant types and the file they attach, under the
 * bilan's retention rules (decision 018).
 */
import { z } from 'zod';
import { multiLine } from '../../shared/text.ts';

export const MAX_SCORES = 60;
/** The publisher's report: a PDF of at most 10 MB. */
export const MAX_REPORT_BYTES = 10 * 1024 * 1024;

const line = (missing: string, max: number, what: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(max, `${what} ne peut pas dépasser ${max} caractères.`)
    .check(multiLine(`${what} contient des caractères non autorisés.`));

/** An optional text: an empty field means "none". */
const optionalText = (max: number, what: string) =>
  z
    .string()
    .optional()
    .nullable()
    .transform((v) => (v === undefined || v === null || v.trim() === '' ? undefined : v))
    .pipe(line('', max, what).optional());

export const SCORE_VALUE_MESSAGE = 'Indiquez un nombre, par exemple 12 ou 12,5.';

/** "12,5", "-3", "1 250" or 12.5: a finite number, or null. */
export function parseScoreValue(value: number | string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = value.replace(/[\s\u00A0\u202F]/g, '').replace(',', '.');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

export const ExternalScoreSchema = z.object({
  label: line('Indiquez l’intitulé du score (par exemple l’échelle ou la dimension).', 120, 'L’intitulé'),
  value: z
    .union([z.number({ error: SCORE_VALUE_MESSAGE }), z.string({ error: SCORE_VALUE_MESSAGE })], {
      error: SCORE_VALUE_MESSAGE,
    })
    .transform((v, ctx) => {
      const n = parseScoreValue(v);
      if (n === null) {
        ctx.addIssue({ code: 'custom', message: SCORE_VALUE_MESSAGE });
        return z.NEVER;
      }
      return n;
    }),
  unit: optionalText(30, 'L’unité'),
});

/** The fields of a result, before the rule that needs a code or a score. */
export const ExternalTestFieldsSchema = z.object({
  testName: line('Indiquez le nom du test.', 120, 'Le nom du test'),
  publisher: line('Indiquez l’éditeur du test.', 120, 'Le nom de l’éditeur'),
  /** Date the test was taken (YYYY-MM-DD); whether it exists and is not in the future is checked with the clock. */
  takenOn: z.string({ error: 'Indiquez la date de passation.' }).regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: (issue) =>
      issue.input === ''
        ? 'Indiquez la date de passation.'
        : 'Indiquez la date de passation au format JJ/MM/AAAA, par exemple 04/05/2026.',
  }),
  /** A code such as a letter code or a profile, when the publisher gives one. */
  code: optionalText(40, 'Le code'),
  scores: z
    .array(ExternalScoreSchema, { error: 'Les scores sont mal formés.' })
    .max(MAX_SCORES, `${MAX_SCORES} scores au plus.`)
    .default([]),
  consultantComment: optionalText(4000, 'Le commentaire'),
});

/** A result needs a code or at least one score (reported on the scores). */
export const atLeastOneScoreOrCode = {
  check: (r: { code?: string | undefined; scores: unknown[] }) => r.code !== undefined || r.scores.length > 0,
  issue: { message: 'Indiquez au moins un score ou un code.', path: ['scores'] },
};

export const ExternalTestResultSchema = ExternalTestFieldsSchema.refine(
  atLeastOneScoreOrCode.check,
  atLeastOneScoreOrCode.issue,
);

export type ExternalTestResult = z.output<typeof ExternalTestResultSchema>;
export type ExternalTestResultInput = z.input<typeof ExternalTestResultSchema>;
export type ExternalScore = z.output<typeof ExternalScoreSchema>;

/** A score as stored with the result (jsonb). */
export interface StoredScore {
  label: string;
  value: number;
  unit?: string;
}

/** Validates a consultant's entry; returns French messages per field when invalid. */
export function parseExternalTestResult(
  input: unknown,
): { ok: true; value: ExternalTestResult } | { ok: false; errors: { path: string; message: string }[] } {
  const r = ExternalTestResultSchema.safeParse(input);
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, errors: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
}

export type ReportProblem = 'empty' | 'too_large' | 'not_pdf';

export const REPORT_PROBLEM_MESSAGES: Record<ReportProblem, string> = {
  empty: 'Le fichier est vide : joignez le rapport PDF fourni par l’éditeur.',
  too_large: 'Le fichier dépasse 10 Mo : joignez un rapport PDF de 10 Mo au plus.',
  not_pdf: 'Ce fichier n’est pas un PDF : joignez le rapport au format PDF fourni par l’éditeur.',
};

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** What is wrong with an uploaded report, judged on its bytes (not on its name or declared type). */
export function reportProblem(bytes: Uint8Array): ReportProblem | null {
  if (bytes.length === 0) return 'empty';
  if (bytes.length > MAX_REPORT_BYTES) return 'too_large';
  if (bytes.length < PDF_MAGIC.length || PDF_MAGIC.some((b, i) => bytes[i] !== b)) return 'not_pdf';
  return null;
}

/** The file name kept for the download: no folders, no control characters, ending in .pdf. */
export function reportFileName(raw: string | undefined | null): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  let name = base
    // eslint-disable-next-line no-control-regex -- control characters are removed on purpose
    .replace(/[\u0000-\u001F\u007F"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!/\.pdf$/i.test(name)) name = name ? `${name}.pdf` : 'rapport.pdf';
  if (name.length > 200) name = `${name.slice(0, 196).trimEnd()}.pdf`;
  return name;
}
