/**
 * A questionnaire definition: versioned typed data (worksheet or instrument).
 *
 * `parseQuestionnaireDefinition` applies the defaults and checks integrity (unique ids, scales
 * with sound anchors, conditions that only look back, scoring keys that point to scale
 * questions), so a definition that parses can be trusted by every other function of the engine.
 * Answers are always tied to `{ questionnaireId, version }`: a change of any id, option, scale
 * or key means a new version, and old answers keep pointing to the version they answered.
 */
import { z } from 'zod';
import { QuestionSchema, SlugSchema, type Condition, type Question } from './question-schema.ts';

export const SectionSchema = z.object({
  id: SlugSchema,
  title: z.string().trim().min(1),
  intro: z.string().trim().min(1).optional(),
  questions: z.array(QuestionSchema).min(1),
});
export type Section = z.infer<typeof SectionSchema>;

/** Item → scale key of an instrument; reverse-keyed items score (min + max) − answer. */
export const ScaleKeySchema = z.object({
  id: SlugSchema,
  label: z.string().trim().min(1),
  items: z.array(z.object({ questionId: SlugSchema, reverse: z.boolean().default(false) })).min(1),
});
export type ScaleKey = z.infer<typeof ScaleKeySchema>;

export const KeyedScoringSchema = z.object({
  method: z.literal('keyed_likert'),
  /** A scale is scored only if at least this share of its items is answered (0.8 = at most 20 % missing). */
  minAnsweredRatio: z.number().min(0).max(1).default(0.8),
  scales: z.array(ScaleKeySchema).min(1),
});
export type KeyedScoring = z.infer<typeof KeyedScoringSchema>;

const DefinitionObjectSchema = z.object({
  id: SlugSchema,
  version: z.number().int().positive(),
  kind: z.enum(['worksheet', 'instrument', 'evaluation']),
  title: z.string().trim().min(1),
  intro: z.string().trim().min(1),
  estimatedMinutes: z.number().int().positive().optional(),
  sections: z.array(SectionSchema).min(1),
  scoring: KeyedScoringSchema.optional(),
});

/** Reference that every stored answer set carries. */
export const QuestionnaireRefSchema = z.object({ questionnaireId: SlugSchema, version: z.number().int().positive() });
export type QuestionnaireRef = z.infer<typeof QuestionnaireRefSchema>;

/** What a client sends: the reference plus answers keyed by question id (validated separately). */
export const SubmissionSchema = QuestionnaireRefSchema.extend({ answers: z.record(z.string(), z.unknown()) });
export type Submission = z.infer<typeof SubmissionSchema>;

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

function clausesOf(condition: Condition) {
  return 'all' in condition ? condition.all : condition.any;
}

/** Integrity problems of one question, in French, for the author of the definition. */
function questionProblems(q: Question): string[] {
  const out: string[] = [];
  const dup = (what: string, ids: readonly string[]) => {
    for (const d of duplicates(ids)) out.push(`${q.id} : ${what} « ${d} » en double`);
  };
  switch (q.type) {
    case 'scale': {
      if (q.min >= q.max) out.push(`${q.id} : le minimum doit être inférieur au maximum`);
      const values = q.anchors.map((a) => a.value);
      if (!values.includes(q.min) || !values.includes(q.max)) out.push(`${q.id} : les deux extrémités doivent être libellées`);
      if (values.some((v) => v < q.min || v > q.max)) out.push(`${q.id} : un libellé est hors de l’échelle`);
      dup('libellé', values.map(String));
      break;
    }
    case 'single_choice':
      dup('option', q.options.map((o) => o.value));
      break;
    case 'multiple_choice': {
      dup('option', q.options.map((o) => o.value));
      const max = q.maxSelections ?? q.options.length;
      if (q.minSelections > max || max > q.options.length) out.push(`${q.id} : nombre de choix incohérent`);
      break;
    }
    case 'ranking':
      dup('élément', q.items.map((o) => o.value));
      if ((q.rankCount ?? q.items.length) > q.items.length) out.push(`${q.id} : plus de rangs que d’éléments`);
      break;
    case 'card_sort':
      dup('carte', q.cards.map((c) => c.id));
      dup('pile', q.piles.map((p) => p.id));
      if (q.top) {
        for (const p of q.top.fromPiles) {
          if (!q.piles.some((pile) => pile.id === p)) out.push(`${q.id} : pile inconnue « ${p} » pour le classement`);
        }
        if (q.top.count > q.cards.length) out.push(`${q.id} : classement plus long que le paquet`);
      }
      break;
    case 'table':
      dup('colonne', q.columns.map((c) => c.id));
      if (q.minRows > q.maxRows) out.push(`${q.id} : minimum de lignes supérieur au maximum`);
      for (const c of q.columns) {
        if (c.type === 'scale' && c.min >= c.max) out.push(`${q.id}.${c.id} : échelle incohérente`);
        if (c.type === 'single_choice') dup('option', c.options.map((o) => o.value));
      }
      break;
    case 'long_text':
    case 'short_text':
      if (q.minLength > q.maxLength) out.push(`${q.id} : longueur minimale supérieure à la maximale`);
      break;
  }
  return out;
}

export const QuestionnaireDefinitionSchema = DefinitionObjectSchema.superRefine((def, ctx) => {
  const problems: string[] = [];
  const questions = def.sections.flatMap((s) => s.questions);
  for (const d of duplicates(def.sections.map((s) => s.id))) problems.push(`section « ${d} » en double`);
  for (const d of duplicates(questions.map((q) => q.id))) problems.push(`question « ${d} » en double`);

  const earlier = new Set<string>();
  for (const q of questions) {
    problems.push(...questionProblems(q));
    if (q.showIf) {
      for (const clause of clausesOf(q.showIf)) {
        if (!earlier.has(clause.questionId)) {
          problems.push(`${q.id} : la condition doit porter sur une question précédente (« ${clause.questionId} »)`);
        }
        if (clause.operator !== 'answered' && clause.value === undefined) problems.push(`${q.id} : condition sans valeur`);
      }
    }
    earlier.add(q.id);
  }

  if (def.scoring) {
    for (const d of duplicates(def.scoring.scales.map((s) => s.id))) problems.push(`échelle de score « ${d} » en double`);
    for (const scale of def.scoring.scales) {
      for (const item of scale.items) {
        const q = questions.find((x) => x.id === item.questionId);
        if (!q || q.type !== 'scale') problems.push(`score ${scale.id} : « ${item.questionId} » n’est pas une question à échelle`);
      }
    }
  }
  for (const message of problems) ctx.addIssue({ code: 'custom', message });
});

export type QuestionnaireDefinition = z.infer<typeof QuestionnaireDefinitionSchema>;
/** A definition as authored, before defaults are applied. */
export type QuestionnaireDefinitionInput = z.input<typeof QuestionnaireDefinitionSchema>;

/** Parses and checks a definition; throws a ZodError listing every problem. */
export function parseQuestionnaireDefinition(input: unknown): QuestionnaireDefinition {
  return QuestionnaireDefinitionSchema.parse(input);
}

/** All questions of a definition, in display order. */
export function allQuestions(def: QuestionnaireDefinition): Question[] {
  return def.sections.flatMap((s) => s.questions);
}
