/**
 * Fast bulk insert: one `INSERT … SELECT * FROM unnest($1::type[], $2::type[], …)` per chunk,
 * so tens of thousands of rows cost a handful of statements (column arrays, not row tuples,
 * hence no limit on the number of parameters). Used by the ROME catalogue import.
 */
import { sql, type Kysely } from 'kysely';

/** A column name and its PostgreSQL element type (`text`, `boolean`, `integer`, `date`…). */
export type BulkColumn = readonly [name: string, type: 'text' | 'boolean' | 'integer'];

const CHUNK_ROWS = 20_000;

// Any schema: table names are constants of the caller.
export async function bulkInsert(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema
  db: Kysely<any>,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly (readonly unknown[])[],
): Promise<number> {
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const chunk = rows.slice(start, start + CHUNK_ROWS);
    const arrays = columns.map((_, i) => chunk.map((row) => row[i] ?? null));
    const names = sql.join(columns.map(([name]) => sql.ref(name)));
    const unnest = sql.join(arrays.map((values, i) => sql`${values}::${sql.raw((columns[i] as BulkColumn)[1])}[]`));
    await sql`INSERT INTO ${sql.table(table)} (${names}) SELECT * FROM unnest(${unnest})`.execute(db);
  }
  return rows.length;
}
