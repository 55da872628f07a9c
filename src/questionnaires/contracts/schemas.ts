/**
 * Questionnaires and instruments: assignments to a bilan, autosaved drafts, submissions,
 * comments per question, debrief notes, the consultant's worksheet library.
 */
import { z } from 'zod';
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

/** What can be assigned: a built-in model, one of the consultant's own worksheets, an instrument. */
export const QuestionnaireChoiceSchema = z
  .string({ error: 'Choisissez un questionnaire.' })
  .regex(
    /^(model:[a-z0-9][a-z0-9_-]{0,63}|library:[0-9a-f-]{36}|instrument:[a-z0-9][a-z0-9-]{0,63})$/,
    'Choisissez un questionnaire.',
  );

export const AssignQuestionnaireSchema = z.object({
  questionnaire: QuestionnaireChoiceSchema,
  dueOn: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'Indiquez une date au format jj/mm/aaaa.')
    .optional()
    .transform((v) => (v ? v : undefined)),
  seanceId: z
    .string()
    .regex(/^([0-9a-f-]{36})?$/, 'Choisissez une séance de la liste.')
    .optional()
    .transform((v) => (v ? v : undefined)),
});
export type AssignQuestionnaire = z.input<typeof AssignQuestionnaireSchema>;

/** Autosave and submission carry the version the answers were given to. */
export const AnswersBodySchema = z.object({
  version: z.number({ error: 'Version du questionnaire manquante.' }).int().positive(),
  answers: z.record(z.string().max(64), z.unknown()),
});
export type AnswersBody = z.infer<typeof AnswersBodySchema>;

export const CommentSchema = z.object({
  questionId: slug,
  body: z
    .string({ error: 'Écrivez votre commentaire.' })
    .trim()
    .min(1, 'Écrivez votre commentaire.')
    .max(4000, 'Le commentaire ne peut pas dépasser 4 000 caractères.'),
});
export type CommentInput = z.infer<typeof CommentSchema>;

export const DebriefSchema = z.object({
  debrief: z
    .string({ error: 'Écrivez vos notes de restitution.' })
    .trim()
    .min(1, 'Écrivez vos notes de restitution.')
    .max(10_000, 'Les notes ne peuvent pas dépasser 10 000 caractères.'),
});
export type DebriefInput = z.infer<typeof DebriefSchema>;

export const CopyModelSchema = z.object({
  modelId: slug,
  title: z
    .string({ error: 'Donnez un titre au cahier.' })
    .trim()
    .min(1, 'Donnez un titre au cahier.')
    .max(200, 'Le titre ne peut pas dépasser 200 caractères.'),
});
export type CopyModel = z.infer<typeof CopyModelSchema>;

/** The edited definition is checked by the questionnaire engine in the service. */
export const UpdateWorksheetSchema = z.object({
  version: z.number().int().positive(),
  definition: z.record(z.string(), z.unknown()),
});
export type UpdateWorksheet = z.infer<typeof UpdateWorksheetSchema>;

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
  definition: QuestionnaireDefinition;
  answers: Record<string, unknown>;
  comments: AssignmentComment[];
  /** The instrument's report, once submitted (for the reader's audience). */
  report: ReportModel | null;
  debrief: string | null;
}

export interface LibraryView {
  models: {
    id: string;
    title: string;
    intro: string;
    estimatedMinutes: number | null;
    // Worksheet editor: an outline of the model's questions, for the library page.
    questionCount: number;
    sections: { title: string; questions: { label: string; type: QuestionType }[] }[];
  }[];
  instruments: {
    id: string;
    title: string;
    name: string;
    itemCount: number;
    estimatedMinutes: number | null;
    // Worksheet editor: provenance, shown read-only in the library.
    version: number;
    source: { citation: string; url: string; licence: string };
    adaptation: string;
  }[];
  own: {
    id: string;
    questionnaireId: string;
    title: string;
    version: number;
    basedOn: string;
    basedOnTitle: string | null;
    updatedAt: string;
  }[];
}

export interface LibraryWorksheet {
  id: string;
  version: number;
  definition: QuestionnaireDefinition;
  basedOn: string;
  basedOnTitle: string | null;
  updatedAt: string;
}

// Worksheet editor (decision 019).
/** A built-in model's id in `GET /api/worksheets/models/:modelId`. */
export const WorksheetModelIdSchema = slug;

/** A built-in model in full, for its preview. */
export interface ModelDefinitionView {
  definition: QuestionnaireDefinition;
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

// Le regard des autres (360°).
export const InviteRespondentSchema = z.object({
  email: z
    .string({ error: 'Indiquez une adresse e-mail.' })
    .trim()
    .min(1, 'Indiquez une adresse e-mail.')
    .max(254, 'L’adresse e-mail est trop longue.')
    .toLowerCase()
    .pipe(z.email({ error: 'Indiquez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.' })),
});
export type InviteRespondent = z.infer<typeof InviteRespondentSchema>;

export const RespondentAnswersSchema = z.object({ answers: z.record(z.string().max(64), z.unknown()) });

export interface FeedbackView {
  /** Who was invited and the state of the link; never who answered. */
  invitations: {
    id: string;
    email: string;
    state: 'open' | 'expired' | 'revoked';
    createdAt: string;
    expiresAt: string;
  }[];
  answered: number;
  required: number;
}

export interface RespondentFormView {
  title: string;
  text: string;
  definition: QuestionnaireDefinition;
}
