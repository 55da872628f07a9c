/** The destruction of a bilan's external test results and their PDF reports at the end (decision 046). */
import type { Trx } from '../../platform/db/kysely.ts';

export async function destroyExternalTestResults(
  trx: Trx,
  scope: { bilanId: string; organisationId: string },
): Promise<number> {
  const result = await trx
    .deleteFrom('external_test_results')
    .where('bilan_id', '=', scope.bilanId)
    .where('organisation_id', '=', scope.organisationId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
