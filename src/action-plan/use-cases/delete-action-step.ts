/** The beneficiary or the consultant deletes a step of the action plan. Audited. Only while the bilan is open. */
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { deleteStep, findStep } from '../data/step-repository.ts';

export async function deleteActionStep(deps: Deps, actor: Actor, bilanId: string, id: string): Promise<void> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'either');
    assertOpen(bilan);
    const row = await findStep(trx, bilan.id, id);
    if (!row) notFound();
    await deleteStep(trx, row.id);
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'action_plan.step_deleted',
        subjectType: 'action_plan_step',
        subjectId: row.id,
        bilanId: bilan.id,
        details: { horizon: row.horizon },
      },
      now,
    );
  });
}
