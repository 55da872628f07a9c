/**
 * Final submission by the beneficiary: every visible required question answered; no change
 * afterwards. Answers are stored with the version they were given to.
 */
import { acceptAnswers } from '../domain/answering.ts';
import { definitionOf } from '../domain/assignment.ts';
import { computeProgress } from '../domain/progress.ts';
import type { AnswersBody, AnswersSaved } from '../contracts/schemas.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { loadAssignment, saveAnswers } from '../data/assignment-repository.ts';

export async function submitQuestionnaire(
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
    const answers = acceptAnswers(definition, row, input, 'final');
    await saveAnswers(trx, row.id, answers, now, now);
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
    return { savedAt: now.toISOString(), progressPercent: computeProgress(definition, answers).percent };
  });
}
