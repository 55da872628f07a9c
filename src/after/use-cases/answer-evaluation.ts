/** The beneficiary answers an evaluation through its e-mailed link (single use, expiring); the answers are scored. */
import { parisDate } from '../../platform/clock.ts';
import { EVALUATIONS, evaluationScore } from '../domain/evaluations.ts';
import { validateSubmission } from '../../questionnaires/domain/validate-submission.ts';
import type { EvaluationAnswers } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Deps } from '../../platform/deps.ts';
import { loadEvaluationByToken, saveEvaluationAnswers } from '../data/evaluation-repository.ts';

export async function answerEvaluation(deps: Deps, token: string, input: EvaluationAnswers): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const row = await loadEvaluationByToken(deps, trx, token, parisDate(now), true);
    const definition = EVALUATIONS[row.kind];
    const checked = validateSubmission(definition, {
      questionnaireId: definition.id,
      version: definition.version,
      answers: input.answers,
    });
    if (!checked.ok) {
      const fields: Record<string, string> = {};
      for (const error of checked.errors) fields[error.questionId ?? 'answers'] ??= error.message;
      throw new AppError('validation_failed', { fields });
    }
    await saveEvaluationAnswers(trx, row.id, checked.answers, evaluationScore(definition, checked.answers), now);
  });
}
