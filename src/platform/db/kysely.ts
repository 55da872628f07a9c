/**
 * The database handle: Kysely over a `pg` pool.
 *
 * Every parameterised statement runs as a named prepared statement, cached per connection
 * (as postgres.js does by default): PostgreSQL parses and plans it once per connection instead
 * of on every request, which matters on the hot read paths (docs/decisions/003-kysely-sql-migrations.md).
 * Statements without parameters (migrations, several statements in one string) use the simple
 * protocol as before.
 */
import { createHash } from 'node:crypto';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';

// COUNT(*) and SUM(integer) come back as int8: small enough here to be plain numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));
// Calendar dates stay `YYYY-MM-DD` text (the domain's PlainDate), never a Date at midnight UTC.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export type Db = Kysely<Database>;
/** The database or the transaction a use case runs in: data access takes either. */
export type Trx = Kysely<Database>;

export interface DbOptions {
  connectionString: string;
  max?: number;
  applicationName?: string;
  /** An idle connection broke (e.g. the server restarted): the pool replaces it; we only log. */
  onIdleError?: (error: Error) => void;
}

const statementNames = new Map<string, string>();

/** A stable name per SQL text: `s_<first 16 hex of its SHA-1>`. */
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `s_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    if (statementNames.size < 5000) statementNames.set(text, name);
  }
  return name;
}

function preparingPool(pool: pg.Pool): PostgresPool {
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      return {
        query: ((textOrCursor: unknown, parameters?: ReadonlyArray<unknown>) => {
          if (typeof textOrCursor === 'string' && parameters && parameters.length > 0) {
            return client.query({ name: statementName(textOrCursor), text: textOrCursor, values: [...parameters] });
          }
          return (client.query as (...args: unknown[]) => unknown)(textOrCursor, parameters);
        }) as PostgresPoolClient['query'],
        release: () => client.release(),
      };
    },
    end: () => pool.end(),
  } as PostgresPool;
}

export function createDb({ connectionString, max = 10, applicationName = 'sillage', onIdleError }: DbOptions): Db {
  const pool = new pg.Pool({
    connectionString,
    max,
    application_name: applicationName,
    // A request never waits forever for a connection or a statement.
    connectionTimeoutMillis: 10_000,
    statement_timeout: 30_000,
  });
  pool.on('error', (error) => (onIdleError ? onIdleError(error) : console.error('PostgreSQL :', error.message)));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
}
