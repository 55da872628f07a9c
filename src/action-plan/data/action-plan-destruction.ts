/** The destruction of a bilan's action plan at the end (decision 046). */
import type { Trx } from '../../platform/db/kysely.ts';

export async function destroyActionPlan(trx: Trx, scope: { bilanId: string; organisationId: string }): Promise<number> {
  const result = await trx
    .deleteFrom('action_plan_steps')
    .where('bilan_id', '=', scope.bilanId)
    .where('organisation_id', '=', scope.organisationId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
