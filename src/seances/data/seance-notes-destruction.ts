/**
 * The end of a bilan's séance notes (decision 046): each séance stays (date, duration, attendance:
 * administrative), its topic and the free reason of a cancellation or move are emptied.
 */
import type { Trx } from '../../platform/db/kysely.ts';

export async function scrubSeanceNotes(trx: Trx, scope: { bilanId: string; organisationId: string }): Promise<number> {
  const result = await trx
    .updateTable('seances')
    .set({ topic: null, status_reason: null })
    .where('bilan_id', '=', scope.bilanId)
    .where('organisation_id', '=', scope.organisationId)
    .where((eb) => eb.or([eb('topic', 'is not', null), eb('status_reason', 'is not', null)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
