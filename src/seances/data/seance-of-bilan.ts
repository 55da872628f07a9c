/** Whether a séance belongs to a bilan (for what other capabilities attach to a séance). */
import type { Trx } from '../../platform/db/kysely.ts';

export async function isSeanceOfBilan(db: Trx, seanceId: string, bilanId: string): Promise<boolean> {
  const seance = await db
    .selectFrom('seances')
    .select('id')
    .where('id', '=', seanceId)
    .where('bilan_id', '=', bilanId)
    .executeTakeFirst();
  return seance !== undefined;
}
