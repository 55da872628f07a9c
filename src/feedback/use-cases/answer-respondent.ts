/** A respondent answers through their link: once, before it expires, unless it was revoked. */
import { RESPONDENT_DEFINITION } from '../../instruments/domain/softskills/definitions.ts';
import { validateSubmission } from '../../questionnaires/domain/validate-submission.ts';
import { AppError } from '../../shared/errors.ts';
import type { Deps } from '../../platform/deps.ts';
import { findLink, saveRespondentAnswers } from '../data/invitation-repository.ts';
import { assertLinkOpen } from '../domain/regard.ts';

export async function answerRespondent(deps: Deps, token: string, answers: Record<string, unknown>): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const row = await findLink(trx, deps.tokens.hash(token), true);
    if (!row) throw new AppError('feedback_invalid');
    assertLinkOpen(row, now);
    const checked = validateSubmission(RESPONDENT_DEFINITION, {
      questionnaireId: RESPONDENT_DEFINITION.id,
      version: RESPONDENT_DEFINITION.version,
      answers,
    });
    if (!checked.ok) {
      const fields: Record<string, string> = {};
      for (const error of checked.errors) fields[error.questionId ?? 'answers'] ??= error.message;
      throw new AppError('validation_failed', { fields });
    }
    await saveRespondentAnswers(trx, row.id, checked.answers, now);
  });
}
