/**
 * The destruction of a bilan's exploration at the end (decision 046): enquêtes with their
 * contacts, training needs, pistes and set-aside suggestions. A step of the action plan kept by
 * the beneficiary loses its link to a piste (ON DELETE SET NULL), not its text.
 */
import type { Trx } from '../../platform/db/kysely.ts';

export async function destroyExploration(
  trx: Trx,
  scope: { bilanId: string; organisationId: string },
): Promise<{ pistes: number; enquetes: number }> {
  const del = async (
    table: 'exploration_enquetes' | 'exploration_training_needs' | 'exploration_pistes' | 'exploration_set_aside_suggestions',
  ) => {
    const result = await trx
      .deleteFrom(table)
      .where('bilan_id', '=', scope.bilanId)
      .where('organisation_id', '=', scope.organisationId)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  };
  const enquetes = await del('exploration_enquetes');
  let pistes = await del('exploration_training_needs');
  pistes += await del('exploration_pistes');
  pistes += await del('exploration_set_aside_suggestions');
  return { pistes, enquetes };
}
