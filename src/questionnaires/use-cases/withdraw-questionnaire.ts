/** The consultant withdraws an assignment that is not submitted yet (the answers are kept). */
import { AppError } from '../../shared/errors.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { lockConsultantAssignment, markWithdrawn } from '../data/assignment-repository.ts';

export async function withdrawQuestionnaire(deps: Deps, actor: Actor, assignmentId: string): Promise<void> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const row = await lockConsultantAssignment(trx, actor, assignmentId);
    if (!row) throw new AppError('not_found');
    if (row.submitted_at || row.withdrawn_at)
      throw new AppError('questionnaire_refused', { message: 'Ce questionnaire est déjà envoyé ou retiré.' });
    await markWithdrawn(trx, assignmentId, now);
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'questionnaire.withdrawn',
        subjectType: 'questionnaire_assignment',
        subjectId: assignmentId,
        bilanId: row.bilan_id,
        details: {},
      },
      now,
    );
  });
}
