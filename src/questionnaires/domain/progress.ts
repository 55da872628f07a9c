/**
 * Progress of a questionnaire (pure): what is answered among the questions the person sees.
 */
import { visibleQuestionIds, type Answers } from './conditions.ts';
import type { QuestionnaireDefinition } from './definition-schema.ts';
import { isEmptyAnswer } from './validate-answer.ts';

export interface SectionProgress {
  sectionId: string;
  answered: number;
  total: number;
}

export interface Progress {
  /** Visible questions with an answer. */
  answered: number;
  /** Visible questions. */
  total: number;
  requiredAnswered: number;
  requiredTotal: number;
  /** answered / total, between 0 and 1 (1 when nothing is visible). */
  ratio: number;
  /** Whole percentage for display (« 40 % »). */
  percent: number;
  /** Every visible required question has an answer (the submission may still have errors). */
  readyToSubmit: boolean;
  sections: SectionProgress[];
}

export function computeProgress(definition: QuestionnaireDefinition, answers: Answers): Progress {
  const visible = visibleQuestionIds(definition, answers);
  let answered = 0;
  let total = 0;
  let requiredAnswered = 0;
  let requiredTotal = 0;
  const sections: SectionProgress[] = definition.sections.map((section) => {
    let sAnswered = 0;
    let sTotal = 0;
    for (const q of section.questions) {
      if (!visible.has(q.id)) continue;
      const has = !isEmptyAnswer(answers[q.id]);
      sTotal += 1;
      if (has) sAnswered += 1;
      if (q.required) {
        requiredTotal += 1;
        if (has) requiredAnswered += 1;
      }
    }
    answered += sAnswered;
    total += sTotal;
    return { sectionId: section.id, answered: sAnswered, total: sTotal };
  });
  const ratio = total === 0 ? 1 : answered / total;
  return {
    answered,
    total,
    requiredAnswered,
    requiredTotal,
    ratio,
    percent: Math.floor(ratio * 100),
    readyToSubmit: requiredAnswered === requiredTotal,
    sections,
  };
}
