/**
 * Results of licensed external tests (Hexa3D, IRMR, PerformanSe, MBTI…), recorded by the consultant:
 * test name, publisher, date, the scores or code as the publisher reports them, and the id of the
 * publisher's PDF stored as an attachment. Sillage never reproduces such tests, their items or their
 * interpretation texts; it only keeps what the consultant types, under the bilan's retention rules.
 */
import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1, 'Ce champ est à remplir.').max(max, `${max} caractères au plus.`);

export const ExternalTestResultSchema = z.object({
  testName: text(120),
  publisher: text(120),
  /** Date the test was taken (YYYY-MM-DD). */
  takenOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Date attendue au format AAAA-MM-JJ.'),
  /** A code such as a type or a letter code, when the publisher gives one. */
  code: text(40).optional(),
  scores: z
    .array(z.object({ label: text(120), value: z.number().finite('Valeur numérique attendue.'), unit: text(30).optional() }))
    .max(60, '60 scores au plus.'),
  /** Stored file id of the publisher's PDF report. */
  reportAttachmentId: text(200).optional(),
  consultantComment: text(4000).optional(),
}).refine((r) => r.code !== undefined || r.scores.length > 0, { message: 'Indiquez au moins un score ou un code.', path: ['scores'] });

export type ExternalTestResult = z.infer<typeof ExternalTestResultSchema>;

/** Validates a consultant's entry; returns French messages per field when invalid. */
export function parseExternalTestResult(input: unknown):
  | { ok: true; value: ExternalTestResult }
  | { ok: false; errors: { path: string; message: string }[] } {
  const r = ExternalTestResultSchema.safeParse(input);
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, errors: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
}
