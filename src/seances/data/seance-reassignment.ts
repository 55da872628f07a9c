/**
 * When a bilan changes consultant (decision 034), the séances still planned go with it: the new
 * consultant holds them (their agenda, their conflicts); held and cancelled ones keep who held them.
 */
import type { Trx } from '../../platform/db/kysely.ts';

export async function movePlannedSeances(trx: Trx, bilanId: string, consultantId: string): Promise<number> {
  const moved = await trx
    .updateTable('seances')
    .set({ consultant_id: consultantId })
    .where('bilan_id', '=', bilanId)
    .where('status', '=', 'planned')
    .executeTakeFirst();
  return Number(moved.numUpdatedRows);
}
