/** Reads of the follow-ups and evaluations tables that the bilan's checklist needs. */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/database.ts';

/** Whether a follow-up interview was offered for the bilan. */
export async function hasFollowUp(db: Kysely<Database>, bilanId: string): Promise<boolean> {
  const row = await db.selectFrom('follow_ups').select('bilan_id').where('bilan_id', '=', bilanId).executeTakeFirst();
  return row !== undefined;
}

/** Whether the beneficiary answered the hot evaluation of the bilan. */
export async function hotEvaluationAnswered(db: Kysely<Database>, bilanId: string): Promise<boolean> {
  const row = await db
    .selectFrom('evaluations')
    .select('answered_at')
    .where('bilan_id', '=', bilanId)
    .where('kind', '=', 'chaud')
    .executeTakeFirst();
  return Boolean(row?.answered_at);
}
