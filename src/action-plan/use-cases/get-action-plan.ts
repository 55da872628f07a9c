/**
 * The bilan's action plan, for its beneficiary and its consultant (the dossier's « Plan d’action »,
 * the beneficiary's « Mon plan d’action »): the steps in order, with the piste and the training need
 * each serves. Readable after the bilan has ended; then only its beneficiary still changes the status
 * of the steps (decision 042). Nobody else reads it (admins 403, others 404). The consultant's read
 * is audited when there are steps (`content.read`, decision 049).
 */
import { readBilan } from '../../bilans/data/bilan-access.ts';
import { isOpen } from '../../bilans/domain/phases.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import type { ActionPlanView } from '../contracts/schemas.ts';
import { listActionSteps } from '../data/action-plan-read.ts';

export async function getActionPlan(deps: Deps, actor: Actor, bilanId: string): Promise<ActionPlanView> {
  requireRole(actor, 'consultant', 'beneficiary');
  const bilan = await readBilan(deps.db, actor, bilanId, 'either');
  const open = isOpen(bilan.phase);
  const steps = await listActionSteps(deps.db, bilan.organisation_id, bilan.id);
  if (steps.length > 0)
    await deps.audit.recordRead(
      deps.db,
      actor,
      { bilanId: bilan.id, category: 'action_plan', subjectType: 'bilan', subjectId: bilan.id },
      deps.clock.now(),
    );
  return {
    bilanId: bilan.id,
    editable: open,
    statusEditable: open || actor.role === 'beneficiary',
    steps,
  };
}
