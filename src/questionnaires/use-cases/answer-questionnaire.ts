/**
 * The beneficiary answers an assigned questionnaire: autosaved drafts (partial answers accepted,
 * inconsistent ones refused) and the final submission. Every refusal is a French message and
 * saves nothing; answers are stored with the version they were given to.
 */
import { checkCanAnswer } from '../domain/guards.ts';
import type { AnswerError } from '../domain/messages.ts';
import { computeProgress } from '../domain/progress.ts';
import { validateDraft, validateSubmission } from '../domain/validate-submission.ts';
import type { AnswersBody } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { definitionOf, loadAssignment } from './questionnaire-store.ts';

function answerErrors(errors: AnswerError[]): AppError {
  const fields: Record<string, string> = {};
  for (const error of errors) fields[error.questionId ?? 'answers'] ??= error.message;
  return new AppError('validation_failed', {
    fields,
    details: errors.map((e) => ({ code: e.code, questionId: e.questionId, path: e.path })),
  });
}

async function save(deps: Deps, actor: Actor, assignmentId: string, input: AnswersBody, mode: 'draft' | 'final') {
  requireRole(actor, 'beneficiary');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const row = await loadAssignment(trx, actor, assignmentId, { lock: true, as: 'beneficiary' });
    const guard = checkCanAnswer({
      assignedToRequester: true,
      withdrawn: row.withdrawn_at !== null,
      submittedAt: row.submitted_at,
      assignedVersion: row.questionnaire_version,
      answeredVersion: input.version,
    });
    if (!guard.allowed)
      throw new AppError('questionnaire_refused', { message: guard.message, details: { code: guard.code } });
    const definition = definitionOf(row);
    const submission = { questionnaireId: definition.id, version: input.version, answers: input.answers };
    const checked =
      mode === 'final' ? validateSubmission(definition, submission) : validateDraft(definition, submission);
    if (!checked.ok) throw answerErrors(checked.errors);
    await trx
      .updateTable('questionnaire_assignments')
      .set({
        answers: JSON.stringify(checked.answers),
        draft_saved_at: now,
        ...(mode === 'final' ? { submitted_at: now } : {}),
      })
      .where('id', '=', row.id)
      .execute();
    if (mode === 'final') {
      await deps.audit.record(
        trx,
        auditContext(actor),
        {
          action: 'questionnaire.submitted',
          subjectType: 'questionnaire_assignment',
          subjectId: row.id,
          bilanId: row.bilan_id,
          details: { questionnaireId: definition.id, version: definition.version },
        },
        now,
      );
    }
    return { savedAt: now.toISOString(), progressPercent: computeProgress(definition, checked.answers).percent };
  });
}

/** Autosave: partial answers, kept until submission. */
export function saveQuestionnaireDraft(deps: Deps, actor: Actor, assignmentId: string, input: AnswersBody) {
  return save(deps, actor, assignmentId, input, 'draft');
}

/** Final submission: every visible required question answered; no change afterwards. */
export function submitQuestionnaire(deps: Deps, actor: Actor, assignmentId: string, input: AnswersBody) {
  return save(deps, actor, assignmentId, input, 'final');
}
