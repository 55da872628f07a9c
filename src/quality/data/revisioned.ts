/**
 * The registers' revisioned rows (complaints, improvement actions): each belongs to an
 * organisation, says who created and last changed it and when, and counts its revisions. Finding
 * one locked, inserting it at revision 1 and updating it to the next revision are the same over
 * both tables; the repositories give the columns of their own fields.
 */
import { sql, type Generated, type Insertable, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/database.ts';
import type { Trx } from '../../platform/db/kysely.ts';

export type RevisionedTable = 'quality_complaints' | 'quality_improvement_actions';

type Bookkeeping = 'id' | 'organisation_id' | 'created_by' | 'created_at' | 'updated_by' | 'updated_at' | 'revision';

/** A row's own columns: all but the id, the organisation, who wrote it when, and the revision. */
export type RevisionedColumns<T extends RevisionedTable> = Omit<Insertable<Database[T]>, Bookkeeping>;

/**
 * The columns every revisioned table has: the queries below use only these, so they are written
 * once over this shape and run on either table. The table's name is widened to a string: Kysely's
 * types cannot resolve a query over a table that is still a type parameter.
 */
interface RevisionedRow {
  id: Generated<string>;
  organisation_id: string;
  created_by: string | null;
  created_at: Date;
  updated_by: string | null;
  updated_at: Date;
  revision: number;
}
const over = (trx: Trx) => trx as unknown as Kysely<Record<string, RevisionedRow>>;
const nameOf = (table: RevisionedTable): string => table;

/** The organisation's row, locked for the transaction, or undefined. */
export function findRevisioned(trx: Trx, table: RevisionedTable, organisationId: string, id: string) {
  return over(trx)
    .selectFrom(nameOf(table))
    .select(['id', 'revision'])
    .where('id', '=', id)
    .where('organisation_id', '=', organisationId)
    .forUpdate()
    .executeTakeFirst();
}

/** A new row at revision 1, or undefined when the id is already taken. */
export async function insertRevisioned<T extends RevisionedTable>(
  trx: Trx,
  table: T,
  row: { id?: string | undefined; organisationId: string; by: string | null; now: Date; columns: RevisionedColumns<T> },
): Promise<string | undefined> {
  const inserted = await over(trx)
    .insertInto(nameOf(table))
    .values({
      ...(row.id ? { id: row.id } : {}),
      organisation_id: row.organisationId,
      created_by: row.by,
      created_at: row.now,
      updated_by: row.by,
      updated_at: row.now,
      revision: 1,
      ...(row.columns as object),
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

/** The row's new columns, at its next revision. */
export async function updateRevisioned<T extends RevisionedTable>(
  trx: Trx,
  table: T,
  id: string,
  change: { by: string; now: Date; columns: RevisionedColumns<T> },
) {
  await over(trx)
    .updateTable(nameOf(table))
    .set({
      ...(change.columns as object),
      updated_by: change.by,
      updated_at: change.now,
      revision: sql<number>`revision + 1`,
    })
    .where('id', '=', id)
    .execute();
}
