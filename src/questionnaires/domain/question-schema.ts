/**
 * Question types of the questionnaire engine, as zod schemas with their inferred types.
 *
 * A question is plain, versionable data: it never holds an answer. Every text is French and is
 * shown as is to the person who answers. Identifiers are stable slugs: answers are stored under
 * them, so renaming one is a breaking change that needs a new questionnaire version.
 */
import { z } from 'zod';

/** The rule every identifier follows (slug.ts makes them from labels). */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** Stable identifier for questions, options, cards, piles and columns. */
export const SlugSchema = z.string().regex(SLUG_PATTERN, 'identifiant invalide (minuscules, chiffres, - et _)');

const FrenchText = z.string().trim().min(1);

/** One visible clause: show this question only when an earlier answer matches. */
export const ClauseSchema = z.object({
  questionId: SlugSchema,
  operator: z.enum(['equals', 'notEquals', 'includes', 'answered', 'gte', 'lte']),
  /** Compared value; absent for `answered`. */
  value: z.union([z.string(), z.number()]).optional(),
});
export type Clause = z.infer<typeof ClauseSchema>;

/** A display condition: every clause (`all`) or at least one (`any`) must hold. */
export const ConditionSchema = z.union([
  z.object({ all: z.array(ClauseSchema).min(1) }),
  z.object({ any: z.array(ClauseSchema).min(1) }),
]);
export type Condition = z.infer<typeof ConditionSchema>;

const base = {
  id: SlugSchema,
  label: FrenchText,
  /** Helping text under the label. */
  help: FrenchText.optional(),
  /** A required question must be answered to submit, unless it is hidden by its condition. */
  required: z.boolean().default(true),
  showIf: ConditionSchema.optional(),
};

export const OptionSchema = z.object({ value: SlugSchema, label: FrenchText });
export type Option = z.infer<typeof OptionSchema>;

export const LongTextQuestionSchema = z.object({
  ...base,
  type: z.literal('long_text'),
  minLength: z.number().int().min(0).default(0),
  maxLength: z.number().int().positive().default(10_000),
});

export const ShortTextQuestionSchema = z.object({
  ...base,
  type: z.literal('short_text'),
  minLength: z.number().int().min(0).default(0),
  maxLength: z.number().int().positive().default(200),
});

export const AnchorSchema = z.object({ value: z.number().int(), label: FrenchText });

export const ScaleQuestionSchema = z.object({
  ...base,
  type: z.literal('scale'),
  min: z.number().int(),
  max: z.number().int(),
  /** Labelled points of the scale; at least the two ends. */
  anchors: z.array(AnchorSchema).min(2),
});

export const SingleChoiceQuestionSchema = z.object({
  ...base,
  type: z.literal('single_choice'),
  options: z.array(OptionSchema).min(2),
});

export const MultipleChoiceQuestionSchema = z.object({
  ...base,
  type: z.literal('multiple_choice'),
  options: z.array(OptionSchema).min(2),
  minSelections: z.number().int().min(0).default(0),
  maxSelections: z.number().int().positive().optional(),
});

export const RankingQuestionSchema = z.object({
  ...base,
  type: z.literal('ranking'),
  items: z.array(OptionSchema).min(2),
  /** Rank only the first N items (default: all of them). */
  rankCount: z.number().int().positive().optional(),
});

export const CardSchema = z.object({ id: SlugSchema, label: FrenchText, description: FrenchText.optional() });
export type Card = z.infer<typeof CardSchema>;

export const PileSchema = z.object({ id: SlugSchema, label: FrenchText, description: FrenchText.optional() });

export const CardSortQuestionSchema = z.object({
  ...base,
  type: z.literal('card_sort'),
  cards: z.array(CardSchema).min(2),
  piles: z.array(PileSchema).min(2),
  /** Optional second step: rank the N most important cards taken from some piles. */
  top: z
    .object({ count: z.number().int().positive(), fromPiles: z.array(SlugSchema).min(1), label: FrenchText })
    .optional(),
});

/** Column types allowed in repeatable table rows. */
export const ColumnSchema = z.discriminatedUnion('type', [
  z.object({
    id: SlugSchema,
    label: FrenchText,
    type: z.literal('short_text'),
    required: z.boolean().default(false),
    maxLength: z.number().int().positive().default(200),
  }),
  z.object({
    id: SlugSchema,
    label: FrenchText,
    type: z.literal('long_text'),
    required: z.boolean().default(false),
    maxLength: z.number().int().positive().default(4_000),
  }),
  z.object({ id: SlugSchema, label: FrenchText, type: z.literal('year'), required: z.boolean().default(false) }),
  z.object({
    id: SlugSchema,
    label: FrenchText,
    type: z.literal('number'),
    required: z.boolean().default(false),
    min: z.number().optional(),
    max: z.number().optional(),
  }),
  z.object({
    id: SlugSchema,
    label: FrenchText,
    type: z.literal('scale'),
    required: z.boolean().default(false),
    min: z.number().int(),
    max: z.number().int(),
    anchors: z.array(AnchorSchema).min(2),
  }),
  z.object({
    id: SlugSchema,
    label: FrenchText,
    type: z.literal('single_choice'),
    required: z.boolean().default(false),
    options: z.array(OptionSchema).min(2),
  }),
]);
export type Column = z.infer<typeof ColumnSchema>;

export const TableQuestionSchema = z.object({
  ...base,
  type: z.literal('table'),
  columns: z.array(ColumnSchema).min(1),
  minRows: z.number().int().min(0).default(0),
  maxRows: z.number().int().positive().default(50),
  /** Label of the button that adds a row, e.g. « Ajouter une expérience ». */
  addRowLabel: FrenchText.default('Ajouter une ligne'),
});

export const QuestionSchema = z.discriminatedUnion('type', [
  LongTextQuestionSchema,
  ShortTextQuestionSchema,
  ScaleQuestionSchema,
  SingleChoiceQuestionSchema,
  MultipleChoiceQuestionSchema,
  RankingQuestionSchema,
  CardSortQuestionSchema,
  TableQuestionSchema,
]);

export type Question = z.infer<typeof QuestionSchema>;
/** A question as authored (defaults not applied yet), e.g. in a worksheet model file. */
export type QuestionInput = z.input<typeof QuestionSchema>;
export type QuestionType = Question['type'];
export type LongTextQuestion = z.infer<typeof LongTextQuestionSchema>;
export type ShortTextQuestion = z.infer<typeof ShortTextQuestionSchema>;
export type ScaleQuestion = z.infer<typeof ScaleQuestionSchema>;
export type SingleChoiceQuestion = z.infer<typeof SingleChoiceQuestionSchema>;
export type MultipleChoiceQuestion = z.infer<typeof MultipleChoiceQuestionSchema>;
export type RankingQuestion = z.infer<typeof RankingQuestionSchema>;
export type CardSortQuestion = z.infer<typeof CardSortQuestionSchema>;
export type TableQuestion = z.infer<typeof TableQuestionSchema>;

/** The value shape stored for each question type once validated. */
export type CardSortValue = { piles: Record<string, string[]>; top?: string[] | undefined };
export type TableRow = Record<string, string | number>;
export type AnswerValue = string | number | string[] | CardSortValue | TableRow[];
