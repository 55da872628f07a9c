/**
 * Validation of a whole answer set (pure): the reference, every visible question, no stray ids.
 *
 * - `validateSubmission` (final): hidden questions need no answer and their answers are dropped;
 *   the result holds only cleaned answers to visible questions.
 * - `validateDraft` (autosave): partial answers are accepted, inconsistent ones are not; answers
 *   to currently hidden questions are kept (the person may change their mind).
 * Errors carry stable codes and French messages; nothing must be saved when `ok` is false.
 */
import { visibleQuestionIds } from './conditions.ts';
import { allQuestions, type QuestionnaireDefinition, type Submission } from './definition-schema.ts';
import { answerError, type AnswerError } from './messages.ts';
import type { AnswerValue } from './question-schema.ts';
import { validateAnswer, type ValidationMode } from './validate-answer.ts';

export type ValidAnswers = Record<string, AnswerValue>;

export type SubmissionCheck =
  { ok: true; questionnaireId: string; version: number; answers: ValidAnswers } | { ok: false; errors: AnswerError[] };

function check(definition: QuestionnaireDefinition, submission: Submission, mode: ValidationMode): SubmissionCheck {
  if (submission.questionnaireId !== definition.id)
    return { ok: false, errors: [answerError('questionnaire_mismatch')] };
  if (submission.version !== definition.version) {
    return {
      ok: false,
      errors: [
        answerError('version_mismatch', undefined, { answered: submission.version, current: definition.version }),
      ],
    };
  }
  const questions = allQuestions(definition);
  const errors: AnswerError[] = [];
  for (const id of Object.keys(submission.answers)) {
    if (!questions.some((q) => q.id === id)) errors.push(answerError('unknown_question', id));
  }
  const visible = visibleQuestionIds(definition, submission.answers);
  const answers: ValidAnswers = {};
  for (const q of questions) {
    const isVisible = visible.has(q.id);
    if (mode === 'final' && !isVisible) continue;
    const result = validateAnswer(q, submission.answers[q.id], isVisible ? mode : 'draft');
    if (!result.ok) errors.push(...result.errors);
    else if (result.value !== undefined) answers[q.id] = result.value;
  }
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, questionnaireId: definition.id, version: definition.version, answers };
}

/** Final check before submitting. */
export function validateSubmission(definition: QuestionnaireDefinition, submission: Submission): SubmissionCheck {
  return check(definition, submission, 'final');
}

/** Check for an autosaved draft. */
export function validateDraft(definition: QuestionnaireDefinition, submission: Submission): SubmissionCheck {
  return check(definition, submission, 'draft');
}
