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

/** What an assignment gives the beneficiary (evaluations go through their own single-use links). */
export const ASSIGNMENT_KINDS = ['worksheet', 'instrument'] as const;
export type AssignmentKind = (typeof ASSIGNMENT_KINDS)[number];

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

/** Where a problem lies, relative to the object checked, and what it is (French, for the author). */
interface Problem {
  path: PropertyKey[];
  message: string;
}

/** The later occurrences of values already seen: their index and the value. */
function duplicates(values: readonly string[]): { index: number; value: string }[] {
  const seen = new Set<string>();
  const dup: { index: number; value: string }[] = [];
  values.forEach((value, index) => {
    if (seen.has(value)) dup.push({ index, value });
    seen.add(value);
  });
  return dup;
}

function clausesOf(condition: Condition) {
  return 'all' in condition ? condition.all : condition.any;
}

/** At most 21 points: every point is a radio button or an option on the answering page. */
export const MAX_SCALE_POINTS = 21;

function orderedScale(min: number, max: number, path: PropertyKey[]): Problem[] {
  if (min >= max) return [{ path: [...path, 'max'], message: 'Le maximum doit être supérieur au minimum.' }];
  if (max - min + 1 > MAX_SCALE_POINTS)
    return [{ path: [...path, 'max'], message: `Une échelle compte au plus ${MAX_SCALE_POINTS} points.` }];
  return [];
}

/** Integrity problems of one question, with paths relative to the question. */
function questionProblems(q: Question): Problem[] {
  const out: Problem[] = [];
  const dup = (list: string, key: string, values: readonly string[], message: (value: string) => string) => {
    for (const d of duplicates(values)) out.push({ path: [list, d.index, key], message: message(d.value) });
  };
  switch (q.type) {
    case 'scale': {
      // An inverted or oversized scale says it all: its anchors cannot be checked against it.
      const bounds = orderedScale(q.min, q.max, []);
      if (bounds.length > 0) {
        out.push(...bounds);
        break;
      }
      const values = q.anchors.map((a) => a.value);
      if (!values.includes(q.min) || !values.includes(q.max)) {
        out.push({
          path: ['anchors'],
          message: 'Les deux extrémités de l’échelle (minimum et maximum) doivent avoir un libellé.',
        });
      }
      q.anchors.forEach((a, index) => {
        if (a.value < q.min || a.value > q.max)
          out.push({ path: ['anchors', index, 'value'], message: 'Ce point est en dehors de l’échelle.' });
      });
      dup('anchors', 'value', values.map(String), (v) => `Le point ${v} a déjà un libellé.`);
      break;
    }
    case 'single_choice':
      dup(
        'options',
        'value',
        q.options.map((o) => o.value),
        (v) => `L’option « ${v} » est en double.`,
      );
      break;
    case 'multiple_choice': {
      dup(
        'options',
        'value',
        q.options.map((o) => o.value),
        (v) => `L’option « ${v} » est en double.`,
      );
      const max = q.maxSelections ?? q.options.length;
      if (max > q.options.length)
        out.push({ path: ['maxSelections'], message: 'Le nombre maximal de choix dépasse le nombre d’options.' });
      else if (q.minSelections > max)
        out.push({ path: ['minSelections'], message: 'Le nombre minimal de choix dépasse le maximum.' });
      break;
    }
    case 'ranking':
      dup(
        'items',
        'value',
        q.items.map((o) => o.value),
        (v) => `L’élément « ${v} » est en double.`,
      );
      if ((q.rankCount ?? q.items.length) > q.items.length)
        out.push({ path: ['rankCount'], message: 'Il y a plus de rangs que d’éléments à classer.' });
      break;
    case 'card_sort':
      dup(
        'cards',
        'id',
        q.cards.map((c) => c.id),
        (v) => `La carte « ${v} » est en double.`,
      );
      dup(
        'piles',
        'id',
        q.piles.map((p) => p.id),
        (v) => `La pile « ${v} » est en double.`,
      );
      if (q.top) {
        q.top.fromPiles.forEach((p, index) => {
          if (!q.piles.some((pile) => pile.id === p))
            out.push({
              path: ['top', 'fromPiles', index],
              message: `La pile « ${p} » n’existe pas : elle ne peut pas servir au classement.`,
            });
        });
        if (q.top.count > q.cards.length)
          out.push({
            path: ['top', 'count'],
            message: 'Le classement demande plus de cartes que le paquet n’en contient.',
          });
      }
      break;
    case 'table':
      dup(
        'columns',
        'id',
        q.columns.map((c) => c.id),
        (v) => `La colonne « ${v} » est en double.`,
      );
      if (q.minRows > q.maxRows)
        out.push({ path: ['minRows'], message: 'Le nombre minimal de lignes dépasse le maximum.' });
      q.columns.forEach((c, index) => {
        if (c.type === 'scale') out.push(...orderedScale(c.min, c.max, ['columns', index]));
        if (c.type === 'single_choice') {
          for (const d of duplicates(c.options.map((o) => o.value))) {
            out.push({
              path: ['columns', index, 'options', d.index, 'value'],
              message: `L’option « ${d.value} » est en double.`,
            });
          }
        }
      });
      break;
    case 'long_text':
    case 'short_text':
      if (q.minLength > q.maxLength)
        out.push({ path: ['minLength'], message: 'La longueur minimale dépasse la longueur maximale.' });
      break;
  }
  return out;
}

/**
 * Every integrity problem of a definition, each with its path (`sections.0.questions.2.options`),
 * so that an editor can show the message next to the field concerned.
 */
export const QuestionnaireDefinitionSchema = DefinitionObjectSchema.superRefine((def, ctx) => {
  const problems: Problem[] = [];
  for (const d of duplicates(def.sections.map((s) => s.id)))
    problems.push({ path: ['sections', d.index, 'id'], message: `La section « ${d.value} » est en double.` });

  const seen = new Set<string>();
  def.sections.forEach((section, s) => {
    section.questions.forEach((q, i) => {
      const at = ['sections', s, 'questions', i];
      if (seen.has(q.id))
        problems.push({ path: [...at, 'id'], message: `L’identifiant de question « ${q.id} » est en double.` });
      for (const p of questionProblems(q)) problems.push({ path: [...at, ...p.path], message: p.message });
      if (q.showIf) {
        for (const clause of clausesOf(q.showIf)) {
          if (!seen.has(clause.questionId)) {
            problems.push({
              path: [...at, 'showIf'],
              message: `La condition d’affichage doit porter sur une question précédente (« ${clause.questionId} »).`,
            });
          }
          if (clause.operator !== 'answered' && clause.value === undefined)
            problems.push({ path: [...at, 'showIf'], message: 'La condition d’affichage n’a pas de valeur.' });
        }
      }
      seen.add(q.id);
    });
  });

  if (def.scoring) {
    const questions = def.sections.flatMap((s) => s.questions);
    for (const d of duplicates(def.scoring.scales.map((s) => s.id))) {
      problems.push({
        path: ['scoring', 'scales', d.index, 'id'],
        message: `L’échelle de score « ${d.value} » est en double.`,
      });
    }
    def.scoring.scales.forEach((scale, k) => {
      for (const item of scale.items) {
        const q = questions.find((x) => x.id === item.questionId);
        if (!q || q.type !== 'scale')
          problems.push({
            path: ['scoring', 'scales', k, 'items'],
            message: `Score ${scale.id} : « ${item.questionId} » n’est pas une question à échelle.`,
          });
      }
    });
  }
  for (const { path, message } of problems) ctx.addIssue({ code: 'custom', path, message });
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
