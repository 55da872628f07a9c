/**
 * What every item of the portfolio (experience, competence, domain) carries besides its own fields:
 * its bilan and organisation, its place in its list, who created and last changed it and when, and
 * its revision (decision 038: a save names the revision it edited).
 */
import { sql } from 'kysely';
import type { Trx } from '../../platform/db/kysely.ts';

export type TrackedTable = 'portfolio_experiences' | 'portfolio_competences' | 'portfolio_domains';

/** The next free position at the end of a list of the bilan. */
export async function nextPosition(trx: Trx, table: TrackedTable, bilanId: string): Promise<number> {
  const { rows } = await sql<{ next: number }>`
    SELECT coalesce(max(position) + 1, 0)::int AS next FROM ${sql.table(table)} WHERE bilan_id = ${bilanId}`.execute(trx);
  return rows[0]!.next;
}

/** The columns of a new item: at the end of its list, created and changed by `by`, revision 1. */
export async function createdColumns(
  trx: Trx,
  table: TrackedTable,
  row: { organisationId: string; bilanId: string; by: string; now: Date },
) {
  return {
    organisation_id: row.organisationId,
    bilan_id: row.bilanId,
    position: await nextPosition(trx, table, row.bilanId),
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

/** Deletes an experience or a competence; how many evidence links and comments went with it. */
export async function deleteCounting(
  trx: Trx,
  table: 'portfolio_experiences' | 'portfolio_competences',
  id: string,
): Promise<{ evidence: number; comments: number }> {
  const column = sql.ref(table === 'portfolio_experiences' ? 'experience_id' : 'competence_id');
  const { rows } = await sql<{ evidence: number; comments: number }>`
    SELECT (SELECT count(*) FROM portfolio_evidence WHERE ${column} = ${id})::int AS evidence,
           (SELECT count(*) FROM portfolio_comments WHERE ${column} = ${id})::int AS comments`.execute(trx);
  await trx.deleteFrom(table).where('id', '=', id).execute();
  return rows[0]!;
}
