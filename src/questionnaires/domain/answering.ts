/**
 * Whether answers given to an assignment may be kept, as a draft (partial answers accepted,
 * inconsistent ones refused) or as the final submission (every visible required question
 * answered). Every refusal is an AppError with French messages; nothing must then be saved.
 */
import { AppError } from '../../shared/errors.ts';
import type { QuestionnaireDefinition } from './definition-schema.ts';
import { checkCanAnswer } from './guards.ts';
import { isOpen, type Phase } from '../../bilans/domain/phases.ts';
import type { AnswerError } from './messages.ts';
import { validateDraft, validateSubmission, type ValidAnswers } from './validate-submission.ts';

export type AnswerMode = 'draft' | 'final';

function answerErrors(errors: AnswerError[]): AppError {
  const fields: Record<string, string> = {};
  for (const error of errors) fields[error.questionId ?? 'answers'] ??= error.message;
  return new AppError('validation_failed', {
    fields,
    details: errors.map((e) => ({ code: e.code, questionId: e.questionId, path: e.path })),
  });
}

/** The answers to keep, cleaned; throws when the assignment refuses them or they do not pass. */
export function acceptAnswers(
  definition: QuestionnaireDefinition,
  assignment: { phase: Phase; withdrawn_at: Date | null; submitted_at: Date | null; questionnaire_version: number },
  input: { version: number; answers: Record<string, unknown> },
  mode: AnswerMode,
): ValidAnswers {
  const guard = checkCanAnswer({
    assignedToRequester: true,
    bilanEnded: !isOpen(assignment.phase),
    withdrawn: assignment.withdrawn_at !== null,
    submittedAt: assignment.submitted_at,
    assignedVersion: assignment.questionnaire_version,
    answeredVersion: input.version,
  });
  if (!guard.allowed)
    throw new AppError('questionnaire_refused', { message: guard.message, details: { code: guard.code } });
  const submission = { questionnaireId: definition.id, version: input.version, answers: input.answers };
  const checked = mode === 'final' ? validateSubmission(definition, submission) : validateDraft(definition, submission);
  if (!checked.ok) throw answerErrors(checked.errors);
  return checked.answers;
}
