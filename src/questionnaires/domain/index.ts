/**
 * Public API of the questionnaire engine (pure: no I/O, no clock).
 *
 * Typical service flow: load the definition pinned by the assignment → `checkCanAnswer` (guards)
 * → `validateDraft` on autosave or `validateSubmission` on submit → store the cleaned answers with
 * `{ questionnaireId, version }` → `computeProgress` for the "enregistré" / progress display.
 */
export { visibleQuestions, visibleQuestionIds, type Answers } from './conditions.ts';
export {
  QuestionnaireDefinitionSchema,
  QuestionnaireRefSchema,
  SubmissionSchema,
  allQuestions,
  parseQuestionnaireDefinition,
  type QuestionnaireDefinition,
  type QuestionnaireDefinitionInput,
  type QuestionnaireRef,
  type Submission,
} from './definition-schema.ts';
export { checkCanAnswer, type AssignmentFacts, type GuardResult, type SubmitRefusal } from './guards.ts';
export { keyedValue, scoreKeyedScales, type ScaleScore } from './keyed-scoring.ts';
export { ANSWER_ERROR_CODES, messageFor, type AnswerError, type AnswerErrorCode } from './messages.ts';
export { computeProgress, type Progress, type SectionProgress } from './progress.ts';
export {
  QuestionSchema,
  type AnswerValue,
  type CardSortValue,
  type Question,
  type QuestionType,
  type TableRow,
} from './question-schema.ts';
export { isEmptyAnswer, validateAnswer, type AnswerCheck, type ValidationMode } from './validate-answer.ts';
export { validateDraft, validateSubmission, type SubmissionCheck, type ValidAnswers } from './validate-submission.ts';
export { WORKSHEET_MODELS, getWorksheetModel } from '../../worksheets/domain/models/index.ts';
