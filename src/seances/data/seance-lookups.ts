/**
 * Reads of the séances table that the bilan needs: its next planned séance (a subquery of the
 * bilan's summary), the séances held per phase (its checklist), and the séances still to come,
 * locked, when it ends.
 */
import { sql, type Expression, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/database.ts';

/** The start of the bilan's next planned séance (a subquery: `bilanId` refers to the outer query). */
export function nextPlannedSeanceOf(db: Kysely<Database>, bilanId: Expression<string>, now: Date) {
  return db
    .selectFrom('seances as s')
    .select('s.starts_at as next_seance_at')
    .where('s.bilan_id', '=', bilanId)
    .where('s.status', '=', 'planned')
    .where('s.starts_at', '>', now)
    .orderBy('s.starts_at')
    .limit(1);
}

/** How many séances (personal work aside) were held in each phase of the bilan. */
export function heldSeancesPerPhase(db: Kysely<Database>, bilanId: string) {
  return db
    .selectFrom('seances')
    .select(['phase', sql<number>`count(*)::int`.as('n')])
    .where('bilan_id', '=', bilanId)
    .where('status', '=', 'held')
    .where('mode', '<>', 'personal_work')
    .groupBy('phase')
    .execute();
}

/** The bilan's planned séances still to come, locked for the transaction. */
export function lockUpcomingSeances(trx: Kysely<Database>, bilanId: string, now: Date) {
  return trx
    .selectFrom('seances')
    .select(['id', 'mode', 'calendar_sequence'])
    .where('bilan_id', '=', bilanId)
    .where('status', '=', 'planned')
    .where('starts_at', '>', now)
    .forUpdate()
    .execute();
}
