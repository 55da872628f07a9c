/** When a bilan's first held synchronous séance started (CPF entry), as a subquery for another query. */
import { sql, type Expression } from 'kysely';
import type { Trx } from '../../platform/db/kysely.ts';

export function firstHeldSeanceAt(db: Trx, bilanId: Expression<string>) {
  return db
    .selectFrom('seances as s')
    .select(sql<Date>`min(coalesce(s.actual_start_at, s.starts_at))`.as('first'))
    .where('s.bilan_id', '=', bilanId)
    .where('s.status', '=', 'held')
    .where('s.mode', '<>', 'personal_work');
}
