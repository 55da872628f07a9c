/**
 * The content of every table of the database, read from the catalogue (not a hand list): a table
 * added by a migration is covered without anyone remembering it. One query; each table gives its
 * row count and a digest of its rows. For "a refused call changes nothing".
 */
import { sql, type Kysely } from 'kysely';

/** Columns any refused call may change, and why: they are left out of the digest. */
export const MAY_CHANGE_ON_REFUSAL: Record<string, readonly string[]> = {
  // A signed-in person's session slides on every request, refused or not.
  auth_sessions: ['last_seen_at', 'expires_at'],
};

/**
 * Queues drained by a deferred step whenever it runs, independently of the call being checked:
 * password-reset requests are recorded by one call and consumed just after its answer (decision 023).
 */
export const DRAINED_IN_BACKGROUND: readonly string[] = ['password_reset_requests'];

export type TableSnapshot = Record<string, { rows: number; digest: string }>;

/**
 * Tables a refusal of a route records by design, and why (by `METHOD /api/route`): they are left
 * out of "a refused call changes nothing" for that route only.
 */
export const RECORDED_ON_REFUSAL: Record<string, readonly string[]> = {
  // A failed sign-in is counted (the throttle) and written in the audit log: that is its point.
  'POST /api/auth/login': ['login_throttle', 'audit_events'],
  // A used, expired or withdrawn share's link or visit: the attempt is in the audit log (decision 045).
  'POST /api/partage/:token/open': ['audit_events'],
  'GET /api/partage/visite/:visit/:document': ['audit_events'],
};

let tables: Promise<string[]> | undefined;

/** The tables of the public schema, from the catalogue. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema
export function listTables(db: Kysely<any>): Promise<string[]> {
  tables ??= sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`
    .execute(db)
    .then(({ rows }) => rows.map((r) => r.table_name));
  return tables;
}

/**
 * Every table's row count and digest (without the columns of `MAY_CHANGE_ON_REFUSAL`), except the
 * tables `leftOut` (those a refusal records by design, named by the caller with its reason).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema
export async function snapshotTables(db: Kysely<any>, leftOut: readonly string[] = []): Promise<TableSnapshot> {
  const parts = (await listTables(db))
    .filter((table) => !leftOut.includes(table) && !DRAINED_IN_BACKGROUND.includes(table))
    .map((table) => {
      const ignored = MAY_CHANGE_ON_REFUSAL[table];
      // Order-independent: the sum of each row's hash (no sort, no collation), with the count.
      const row = ignored ? ['to_jsonb(x)', ...ignored.map((column) => `'${column}'`)].join(' - ') : 'x';
      return `SELECT '${table}' AS name, count(*)::int AS rows,
                   coalesce(sum(('x' || left(md5((${row})::text), 15))::bit(60)::bigint), 0)::text AS digest
              FROM "${table}" x`;
    });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema
  const read = async (trx: Kysely<any>) => {
    // The union of scans is planned as a parallel append, whose workers cost more to start than
    // the scans themselves (tenfold, on two busy cores): read it in one process.
    await sql`SET LOCAL max_parallel_workers_per_gather = 0`.execute(trx);
    return sql<{ name: string; rows: number; digest: string }>`${sql.raw(parts.join(' UNION ALL '))}`.execute(trx);
  };
  const { rows } = db.isTransaction ? await read(db) : await db.transaction().execute(read);
  return Object.fromEntries(rows.map((r) => [r.name, { rows: r.rows, digest: r.digest }]));
}
