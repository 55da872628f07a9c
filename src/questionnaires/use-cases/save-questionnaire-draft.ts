/**
 * Autosave: the beneficiary's partial answers to an assigned questionnaire, kept until submission
 * (inconsistent ones refused, nothing saved). Answers are stored with the version they were given to.
 */
import { acceptAnswers } from '../domain/answering.ts';
import { definitionOf } from '../domain/assignment.ts';
import { computeProgress } from '../domain/progress.ts';
import type { AnswersBody, AnswersSaved } from '../contracts/schemas.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { loadAssignment, saveAnswers } from '../data/assignment-repository.ts';

export async function saveQuestionnaireDraft(
  deps: Deps,
  actor: Actor,
  assignmentId: string,
  input: AnswersBody,
): Promise<AnswersSaved> {
  requireRole(actor, 'beneficiary');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const row = await loadAssignment(trx, actor, assignmentId, { lock: true, as: 'beneficiary' });
    const definition = definitionOf(row);
    const answers = acceptAnswers(definition, row, input, 'draft');
    await saveAnswers(trx, row.id, answers, now);
    return { savedAt: now.toISOString(), progressPercent: computeProgress(definition, answers).percent };
  });
}
