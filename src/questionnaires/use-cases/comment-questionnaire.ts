/**
 * The consultant reads the answers and comments per question, and writes the debrief notes
 * of an instrument's report. Only the consultant of the bilan may.
 */
import { allQuestions } from '../domain/definition-schema.ts';
import type { CommentInput, DebriefInput } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { definitionOf, loadAssignment } from './questionnaire-store.ts';

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
    const comment = await trx
      .insertInto('questionnaire_comments')
      .values({
        organisation_id: actor.organisationId,
        assignment_id: row.id,
        question_id: input.questionId,
        author_id: actor.userId,
        body: input.body,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
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
    return { commentId: comment.id };
  });
}

export async function saveDebrief(deps: Deps, actor: Actor, assignmentId: string, input: DebriefInput): Promise<void> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const row = await loadAssignment(trx, actor, assignmentId, { lock: true, as: 'consultant' });
    if (!row.submitted_at)
      throw new AppError('questionnaire_refused', {
        message: 'Les notes de restitution s’écrivent une fois le questionnaire envoyé.',
      });
    await trx
      .updateTable('questionnaire_assignments')
      .set({ debrief: input.debrief, debrief_at: now })
      .where('id', '=', row.id)
      .execute();
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'questionnaire.debriefed',
        subjectType: 'questionnaire_assignment',
        subjectId: row.id,
        bilanId: row.bilan_id,
        details: {},
      },
      now,
    );
  });
}
