/**
 * The beneficiary's records in the export (decision 047): the séances as a CSV table (semicolons
 * and a byte-order mark, as French spreadsheets open it), and the questionnaire answers as JSON
 * (their own data, article 20 of the GDPR), each answer beside its question's wording.
 */
import { PHASE_SHORT_LABELS } from '../../bilans/contracts/labels.ts';
import type { OpenPhase } from '../../bilans/domain/phases.ts';
import { SEANCE_MODE_LABELS, SEANCE_STATUS_LABELS } from '../../seances/contracts/labels.ts';

export interface SeanceRecord {
  /** Wall-clock times in Paris, `AAAA-MM-JJTHH:MM`. */
  start: string;
  end: string;
  phase: OpenPhase;
  mode: keyof typeof SEANCE_MODE_LABELS;
  status: keyof typeof SEANCE_STATUS_LABELS;
  topic: string | null;
  /** Minutes attended (held séances only). */
  attendedMinutes: number | null;
  /** When each side signed the attendance, Paris wall-clock, or null. */
  signedByBeneficiaryAt: string | null;
  signedByConsultantAt: string | null;
}

export const SEANCES_CSV_HEADER = [
  'Date',
  'Début',
  'Fin',
  'Phase',
  'Modalité',
  'Statut',
  'Sujet',
  'Durée suivie (minutes)',
  'Présence signée par moi',
  'Présence signée par le ou la consultant·e',
] as const;

const frDate = (local: string) => `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`;
const frDateTime = (local: string | null) => (local ? `${frDate(local)} ${local.slice(11, 16)}` : 'non');

/** A CSV field: quoted when it holds a separator, a quote or a line break; a formula is defused. */
function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function seancesCsv(seances: readonly SeanceRecord[]): string {
  const lines = [SEANCES_CSV_HEADER.map(field).join(';')];
  for (const s of seances)
    lines.push(
      [
        frDate(s.start),
        s.start.slice(11, 16),
        s.end.slice(11, 16),
        PHASE_SHORT_LABELS[s.phase],
        SEANCE_MODE_LABELS[s.mode],
        SEANCE_STATUS_LABELS[s.status],
        s.topic ?? '',
        s.attendedMinutes === null ? '' : String(s.attendedMinutes),
        frDateTime(s.signedByBeneficiaryAt),
        frDateTime(s.signedByConsultantAt),
      ]
        .map(field)
        .join(';'),
    );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export const ANSWERS_FORMAT = 'sillage.questionnaire-answers';
export const ANSWERS_VERSION = 1;

export interface AnsweredQuestionnaire {
  title: string;
  kind: 'worksheet' | 'instrument';
  questionnaire: string;
  questionnaireVersion: number;
  /** ISO instants; `submittedAt` null for answers saved but not yet sent. */
  submittedAt: string | null;
  draftSavedAt: string | null;
  /** The definition's questions in order: id and wording. */
  questions: readonly { id: string; label: string }[];
  answers: Record<string, unknown>;
}

/** The answers as a JSON document: each answered question with its wording; answers to removed questions kept apart. */
export function answersExport(
  questionnaires: readonly AnsweredQuestionnaire[],
  meta: { bilanId: string; exportedAt: string },
) {
  return {
    format: ANSWERS_FORMAT,
    version: ANSWERS_VERSION,
    bilanId: meta.bilanId,
    exportedAt: meta.exportedAt,
    questionnaires: questionnaires.map((q) => {
      const known = new Set(q.questions.map((question) => question.id));
      return {
        title: q.title,
        kind: q.kind,
        questionnaire: q.questionnaire,
        questionnaireVersion: q.questionnaireVersion,
        submitted: q.submittedAt !== null,
        submittedAt: q.submittedAt,
        draftSavedAt: q.draftSavedAt,
        answers: q.questions
          .filter((question) => question.id in q.answers)
          .map((question) => ({ questionId: question.id, question: question.label, answer: q.answers[question.id] })),
        otherAnswers: Object.fromEntries(Object.entries(q.answers).filter(([id]) => !known.has(id))),
      };
    }),
  };
}
