/** The consultant of the bilan comments an answer, per question of the assignment. */
import { allQuestions } from '../domain/definition-schema.ts';
import { definitionOf } from '../domain/assignment.ts';
import type { CommentInput } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { loadAssignment } from '../data/assignment-repository.ts';
import { insertComment } from '../data/comment-repository.ts';

export async function commentAnswer(
  deps: Deps,
  actor: Actor,
  assignmentId: string,
  input: CommentInput,
): Promise<{ commentId: string }> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const row = await loadAssignment(trx, actor, assignmentId, { lock: true, as: 'consultant' });
    if (!allQuestions(definitionOf(row)).some((q) => q.id === input.questionId)) {
      throw new AppError('validation_failed', {
        fields: { questionId: 'Cette question ne fait pas partie du questionnaire.' },
      });
    }
    const commentId = await insertComment(trx, {
      organisation_id: actor.organisationId,
      assignment_id: row.id,
      question_id: input.questionId,
      author_id: actor.userId,
      body: input.body,
      created_at: now,
    });
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'questionnaire.commented',
        subjectType: 'questionnaire_assignment',
        subjectId: row.id,
        bilanId: row.bilan_id,
        details: { questionId: input.questionId },
      },
      now,
    );
    return { commentId };
  });
}
