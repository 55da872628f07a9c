/** The consultant of the bilan writes the debrief notes of a submitted questionnaire. */
import type { DebriefInput } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { loadAssignment, saveDebriefNotes } from '../data/assignment-repository.ts';

export async function saveDebrief(deps: Deps, actor: Actor, assignmentId: string, input: DebriefInput): Promise<void> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const row = await loadAssignment(trx, actor, assignmentId, { lock: true, as: 'consultant' });
    if (!row.submitted_at)
      throw new AppError('questionnaire_refused', {
        message: 'Les notes de restitution s’écrivent une fois le questionnaire envoyé.',
      });
    await saveDebriefNotes(trx, row.id, input.debrief, now);
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
