/**
 * "A refused call changes nothing, in any table", cheap enough to check after each of tens of
 * thousands of calls. The matrix's snapshot (`table-snapshot.ts`) digests every row of every
 * table, twice per call: too slow here. Instead, one query reads, for each table of the catalogue,
 * its row count and the largest and the sum of its rows' `xmin` (the transaction that wrote each
 * row version).
 *
 * Why that is enough: PostgreSQL gives every writing transaction a new transaction id, larger than
 * all ids given before (ignoring wrap-around, four billion transactions away), and every INSERT or
 * UPDATE writes a row version stamped with it. So a committed insert or update raises the table's
 * largest `xmin`; a committed delete alone lowers its count. A rolled-back write leaves no visible
 * version. This holds when no transaction of the fuzzed database is running across the reading
 * (the fuzzer sends one request at a time and waits for the work deferred after an answer), which
 * is the case here. Row locks (`FOR UPDATE`) set `xmax`, not `xmin`: a lock is not a change.
 *
 * A table whose columns may change on any call (`MAY_CHANGE_ON_REFUSAL`: the sliding expiry of
 * sessions) is digested without those columns, as the matrix does, whenever its signature moves.
 * Queues drained in the background (`DRAINED_IN_BACKGROUND`) are counted, so the fuzzer can wait
 * for them to empty, but never compared.
 */
import type { Kysely } from 'kysely';
import pg from 'pg';
import { DRAINED_IN_BACKGROUND, MAY_CHANGE_ON_REFUSAL, listTables } from '../table-snapshot.ts';

/** Per table, what changes when its content does. */
export type TableState = Record<string, string>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema
type AnyDb = Kysely<any>;

/**
 * Reads the tables' signatures on a connection of its own, as one prepared statement (planned
 * once: a 50-table union costs more to plan than to run).
 */
export class TableChanges {
  private readonly digests = new Map<string, { signature: string; digest: string }>();
  private readonly client: pg.Client;
  private text = '';

  private constructor(client: pg.Client) {
    this.client = client;
  }

  static async open(db: AnyDb, connectionString: string): Promise<TableChanges> {
    const client = new pg.Client({ connectionString });
    await client.connect();
    // The union of small scans is planned as a parallel append: starting the workers costs more
    // (80 ms of a 90 ms read, on two busy cores) than the scans themselves.
    await client.query('SET max_parallel_workers_per_gather = 0');
    const changes = new TableChanges(client);
    changes.text = (await listTables(db))
      .map(
        (table) =>
          `SELECT '${table}' AS name, count(*)::text || ':' || coalesce(max(xmin::text::bigint), 0)::text || ':' ||
                  coalesce(sum(xmin::text::bigint), 0)::text AS signature FROM "${table}"`,
      )
      .join(' UNION ALL ');
    return changes;
  }

  close(): Promise<void> {
    return this.client.end();
  }

  /** Every table's signature (one query, plus a digest of a table with sliding columns when it moved). */
  async state(): Promise<TableState> {
    const { rows } = await this.client.query<{ name: string; signature: string }>({
      name: 'fuzz-table-state',
      text: this.text,
    });
    const state: TableState = {};
    for (const { name, signature } of rows) {
      const ignored = MAY_CHANGE_ON_REFUSAL[name];
      state[name] = ignored ? await this.digest(name, signature, ignored) : signature;
    }
    return state;
  }

  /** Rows waiting in the queues drained after an answer: the fuzzer waits until there are none. */
  pending(state: TableState): number {
    return DRAINED_IN_BACKGROUND.reduce((sum, table) => sum + Number((state[table] ?? '0').split(':')[0]), 0);
  }

  /** The tables whose content differs, but those `leftOut` and the background queues. */
  changed(before: TableState, after: TableState, leftOut: readonly string[] = []): string[] {
    return Object.keys({ ...before, ...after })
      .filter((table) => !leftOut.includes(table) && !DRAINED_IN_BACKGROUND.includes(table))
      .filter((table) => before[table] !== after[table])
      .sort();
  }

  private async digest(table: string, signature: string, ignored: readonly string[]): Promise<string> {
    const known = this.digests.get(table);
    if (known?.signature === signature) return known.digest;
    const row = ['to_jsonb(x)', ...ignored.map((column) => `'${column}'`)].join(' - ');
    const { rows } = await this.client.query<{ digest: string }>(
      `SELECT count(*)::text || ':' || md5(coalesce(string_agg((${row})::text, '|' ORDER BY (${row})::text), '')) AS digest
         FROM "${table}" x`,
    );
    const digest = rows[0]!.digest;
    this.digests.set(table, { signature, digest });
    return digest;
  }
}
