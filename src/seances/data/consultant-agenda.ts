/** A consultant's agenda as others need it: is a slot taken by one of their séances? */
import type { Trx } from '../../platform/db/kysely.ts';

/** Whether the consultant has a séance (planned or held) overlapping the slot. */
export async function hasSeanceBetween(db: Trx, consultantId: string, startsAt: Date, endsAt: Date): Promise<boolean> {
  const row = await db
    .selectFrom('seances')
    .select('id')
    .where('consultant_id', '=', consultantId)
    .where('status', 'in', ['planned', 'held'])
    .where('starts_at', '<', endsAt)
    .where('ends_at', '>', startsAt)
    .limit(1)
    .executeTakeFirst();
  return Boolean(row);
}
