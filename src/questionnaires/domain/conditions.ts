/**
 * Display conditions (pure): which questions a person sees, given the answers so far.
 *
 * Conditions only look back (checked when a definition is parsed), so one pass in display order
 * is enough. The answer of a hidden question counts as absent: hiding A also hides every
 * question whose condition depends on A's answer.
 */
import { allQuestions, type QuestionnaireDefinition } from './definition-schema.ts';
import type { Clause, Condition, Question } from './question-schema.ts';
import { isEmptyAnswer } from './validate-answer.ts';

export type Answers = Readonly<Record<string, unknown>>;

function holds(clause: Clause, answer: unknown): boolean {
  if (clause.operator === 'answered') return !isEmptyAnswer(answer);
  if (isEmptyAnswer(answer)) return false;
  switch (clause.operator) {
    case 'equals':
      return answer === clause.value;
    case 'notEquals':
      return answer !== clause.value;
    case 'includes':
      return Array.isArray(answer) ? answer.includes(clause.value) : answer === clause.value;
    case 'gte':
      return typeof answer === 'number' && typeof clause.value === 'number' && answer >= clause.value;
    case 'lte':
      return typeof answer === 'number' && typeof clause.value === 'number' && answer <= clause.value;
  }
}

function conditionHolds(condition: Condition, effective: ReadonlyMap<string, unknown>): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, effective.get(c.questionId)));
  return condition.any.some((c) => holds(c, effective.get(c.questionId)));
}

/** The questions shown to the person, in display order. */
export function visibleQuestions(definition: QuestionnaireDefinition, answers: Answers): Question[] {
  const effective = new Map<string, unknown>();
  const visible: Question[] = [];
  for (const q of allQuestions(definition)) {
    if (!q.showIf || conditionHolds(q.showIf, effective)) {
      visible.push(q);
      effective.set(q.id, answers[q.id]);
    }
  }
  return visible;
}

/** Ids of the visible questions, for quick membership tests. */
export function visibleQuestionIds(definition: QuestionnaireDefinition, answers: Answers): Set<string> {
  return new Set(visibleQuestions(definition, answers).map((q) => q.id));
}
