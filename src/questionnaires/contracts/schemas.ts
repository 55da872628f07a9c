/**
 * Questionnaires and instruments: assignments to a bilan, autosaved drafts, submissions,
 * comments per question, debrief notes; what the worksheet editor shares with the engine.
 */
import { z } from 'zod';
import { cleanJson, multiLine } from '../../shared/text.ts';
import { calendarDate } from '../../shared/fields.ts';
import type { QuestionnaireDefinition } from '../domain/definition-schema.ts';
import type { QuestionType } from '../domain/question-schema.ts';
import type { ReportModel } from '../../instruments/domain/report-model.ts';

export type { QuestionnaireDefinition, ReportModel };
export type { Question, AnswerValue, CardSortValue, TableRow } from '../domain/question-schema.ts';
export type { ChartSpec, DataTable } from '../../instruments/domain/report-model.ts';
/** Pure engine functions the browser uses too (which questions show, progress). */
export { visibleQuestionIds } from '../domain/conditions.ts';
export { computeProgress } from '../domain/progress.ts';

const slug = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'Identifiant invalide.');

/** An id as PostgreSQL reads a uuid (anything else would fail the query, not the input). */
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** What can be assigned: a built-in model, one of the consultant's own worksheets, an instrument. */
export const QuestionnaireChoiceSchema = z
  .string({ error: 'Choisissez un questionnaire.' })
  .regex(
    new RegExp(`^(model:[a-z0-9][a-z0-9_-]{0,63}|library:${UUID}|instrument:[a-z0-9][a-z0-9-]{0,63})$`),
    'Choisissez un questionnaire.',
  );

export const AssignQuestionnaireSchema = z.object({
  questionnaire: QuestionnaireChoiceSchema,
  dueOn: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'Indiquez une date au format jj/mm/aaaa.')
    .check(calendarDate())
    .optional()
    .transform((v) => (v ? v : undefined)),
  seanceId: z
    .string()
    .regex(new RegExp(`^(${UUID})?$`), 'Choisissez une séance de la liste.')
    .optional()
    .transform((v) => (v ? v : undefined)),
});
export type AssignQuestionnaire = z.input<typeof AssignQuestionnaireSchema>;

/** Autosave and submission carry the version the answers were given to. */
export const AnswersBodySchema = z.object({
  version: z.number({ error: 'Version du questionnaire manquante.' }).int().positive(),
  answers: z.record(z.string().max(64), z.unknown()).check(cleanJson()),
});
export type AnswersBody = z.infer<typeof AnswersBodySchema>;

export const CommentSchema = z.object({
  questionId: slug,
  body: z
    .string({ error: 'Écrivez votre commentaire.' })
    .trim()
    .min(1, 'Écrivez votre commentaire.')
    .max(4000, 'Le commentaire ne peut pas dépasser 4 000 caractères.')
    .check(multiLine()),
});
export type CommentInput = z.infer<typeof CommentSchema>;

export const DebriefSchema = z.object({
  debrief: z
    .string({ error: 'Écrivez vos notes de restitution.' })
    .trim()
    .min(1, 'Écrivez vos notes de restitution.')
    .max(10_000, 'Les notes ne peuvent pas dépasser 10 000 caractères.')
    .check(multiLine()),
});
export type DebriefInput = z.infer<typeof DebriefSchema>;

export type AssignmentStatus = 'to_do' | 'in_progress' | 'submitted' | 'withdrawn';

export interface AssignmentSummary {
  id: string;
  bilanId: string;
  kind: 'worksheet' | 'instrument';
  title: string;
  questionnaireId: string;
  version: number;
  status: AssignmentStatus;
  dueOn: string | null;
  seanceId: string | null;
  assignedAt: string;
  draftSavedAt: string | null;
  submittedAt: string | null;
  progressPercent: number;
}

export interface AssignmentComment {
  id: string;
  questionId: string;
  body: string;
  authorName: string;
  createdAt: string;
}

export interface AssignmentDetail extends AssignmentSummary {
  beneficiaryFirstName: string;
  /** The bilan is closed or abandoned: the questionnaire is read only (the server refuses answers). */
  bilanEnded: boolean;
  definition: QuestionnaireDefinition;
  answers: Record<string, unknown>;
  comments: AssignmentComment[];
  /** The instrument's report, once submitted (for the reader's audience). */
  report: ReportModel | null;
  debrief: string | null;
}

/** Identifiers made from labels, following the engine's slug rule (the editor names new questions with them). */
export { slugFromLabel, uniqueSlug } from '../domain/slug.ts';
export { SLUG_PATTERN } from '../domain/question-schema.ts';
/** The engine's check with French messages keyed by path: the preview shows only what would save. */
export { checkAuthoredDefinition } from '../domain/authoring-messages.ts';
export { MAX_SCALE_POINTS } from '../domain/definition-schema.ts';
export type { QuestionType } from '../domain/question-schema.ts';
export type { QuestionnaireDefinitionInput } from '../domain/definition-schema.ts';

/** What each question type is called in the editor. */
export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  long_text: 'Texte long',
  short_text: 'Texte court',
  scale: 'Échelle',
  single_choice: 'Choix unique',
  multiple_choice: 'Choix multiple',
  ranking: 'Classement',
  card_sort: 'Tri de cartes',
  table: 'Tableau à lignes',
};

/** What an autosave or a submission answers: when it was saved, and the progress made. */
export interface AnswersSaved {
  savedAt: string;
  progressPercent: number;
}
