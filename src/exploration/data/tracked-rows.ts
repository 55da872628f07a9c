/**
 * What every item of the exploration (piste, training need, enquête) carries besides its own
 * fields: its bilan and organisation, its place in its list, who created and last changed it and
 * when, and its revision (decision 041, as the portfolio's items in decision 038).
 */
import { sql } from 'kysely';
import type { Trx } from '../../platform/db/kysely.ts';

export type TrackedTable = 'exploration_pistes' | 'exploration_training_needs' | 'exploration_enquetes';

/** How many items the list holds (of the bilan for pistes, of the piste otherwise). */
export async function countItems(trx: Trx, table: TrackedTable, scope: { bilanId: string; pisteId?: string }) {
  const { rows } = await sql<{ count: number }>`
    SELECT count(*)::int AS count FROM ${sql.table(table)}
     WHERE bilan_id = ${scope.bilanId} ${scope.pisteId ? sql`AND piste_id = ${scope.pisteId}` : sql``}`.execute(trx);
  return rows[0]!.count;
}

/** The columns of a new item: at the end of its list, created and changed by `by`, revision 1. */
export async function createdColumns(
  trx: Trx,
  table: TrackedTable,
  row: { organisationId: string; bilanId: string; by: string; now: Date },
) {
  const { rows } = await sql<{ next: number }>`
    SELECT coalesce(max(position) + 1, 0)::int AS next FROM ${sql.table(table)} WHERE bilan_id = ${row.bilanId}`.execute(
    trx,
  );
  return {
    organisation_id: row.organisationId,
    bilan_id: row.bilanId,
    position: rows[0]!.next,
    created_by: row.by,
    created_at: row.now,
    updated_by: row.by,
    updated_at: row.now,
    revision: 1,
  };
}

/** The columns a change sets: who, when, and the next revision. */
export function changedColumns(change: { by: string; now: Date }) {
  return { updated_by: change.by, updated_at: change.now, revision: sql<number>`revision + 1` };
}
