/**
 * The action plan's steps (decision 042), read through the action plan's own read, for the
 * pre-fill of « Les principales étapes » and the steps frozen in a version. Funding routes arrive
 * as their French labels; statuses keep their code (`stepStatusLabel` names them). Read only.
 */
import { listActionSteps } from '../../action-plan/data/action-plan-read.ts';
import { FUNDING_ROUTE_LABELS } from '../../action-plan/domain/model.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import type { ActionStepInput } from '../domain/prefill.ts';

/** The bilan's steps in the plan's order. */
export async function readActionPlanSteps(db: Trx, organisationId: string, bilanId: string): Promise<ActionStepInput[]> {
  const steps = await listActionSteps(db, organisationId, bilanId);
  return steps.map((s) => ({
    horizon: s.horizon,
    what: s.what,
    who: s.who,
    byWhen: s.byWhen,
    resources: s.resources,
    funding: s.funding ? FUNDING_ROUTE_LABELS[s.funding] : null,
    status: s.status,
  }));
}
