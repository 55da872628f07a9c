/**
 * Generic keyed scoring of Likert-type instruments (pure).
 *
 * For each scale of `definition.scoring`: reverse-keyed items score (min + max) − answer; a scale
 * is scored only when at least `minAnsweredRatio` of its items are answered (never impute zeros);
 * the mean is taken over answered items and the prorated sum is mean × item count, so a score with
 * a missing item stays on the same metric as a complete one.
 */
import { allQuestions, type QuestionnaireDefinition } from './definition-schema.ts';

export type ScaleScore =
  | {
      scaleId: string;
      label: string;
      itemCount: number;
      answered: number;
      scored: true;
      /** Mean keyed answer (response metric, e.g. 1–5). */
      mean: number;
      /** Sum of the keyed answers actually given. */
      rawSum: number;
      /** mean × itemCount: the sum on the full-scale metric. */
      proratedSum: number;
    }
  | { scaleId: string; label: string; itemCount: number; answered: number; scored: false; reason: 'too_many_missing' };

/** The keyed value of one answer, or undefined if it is missing or not a number of the scale. */
export function keyedValue(answer: unknown, min: number, max: number, reverse: boolean): number | undefined {
  if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < min || answer > max) return undefined;
  return reverse ? min + max - answer : answer;
}

export function scoreKeyedScales(
  definition: QuestionnaireDefinition,
  answers: Readonly<Record<string, unknown>>,
): ScaleScore[] {
  const scoring = definition.scoring;
  if (!scoring) return [];
  const questions = new Map(allQuestions(definition).map((q) => [q.id, q]));
  return scoring.scales.map((scale) => {
    const values: number[] = [];
    for (const item of scale.items) {
      const q = questions.get(item.questionId);
      if (!q || q.type !== 'scale') continue;
      const v = keyedValue(answers[item.questionId], q.min, q.max, item.reverse);
      if (v !== undefined) values.push(v);
    }
    const itemCount = scale.items.length;
    const answered = values.length;
    const base = { scaleId: scale.id, label: scale.label, itemCount, answered };
    if (answered === 0 || answered / itemCount < scoring.minAnsweredRatio) {
      return { ...base, scored: false as const, reason: 'too_many_missing' as const };
    }
    const rawSum = values.reduce((a, b) => a + b, 0);
    const mean = rawSum / answered;
    return { ...base, scored: true as const, mean, rawSum, proratedSum: mean * itemCount };
  });
}
