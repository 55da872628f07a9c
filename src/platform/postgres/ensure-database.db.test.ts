/**
 * The application database is created on first start, also when several processes start at once.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ensureDatabase } from './ensure-database.ts';

const maintenanceUrl = inject('dbMaintenanceUrl');
const runId = inject('dbRunId');
const name = `sillage_ensure_${runId}_${randomBytes(4).toString('hex')}`;

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

afterAll(() => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)));

describe('ensureDatabase', () => {
  it('creates the database once when three processes start at the same moment, with the French collation', async () => {
    const lines: { level: number; msg: string }[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const url = new URL(maintenanceUrl);
    url.pathname = `/${name}`;

    await Promise.all([1, 2, 3].map(() => ensureDatabase(url.toString(), log)));

    // No false alarm about the collation, and one creation reported.
    expect(lines.filter((l) => l.level >= 40).map((l) => l.msg)).toEqual([]);
    expect(lines.filter((l) => l.msg === 'Base de données créée')).toHaveLength(1);
    const { rows } = await admin((client) =>
      client.query<{ datlocprovider: string }>(`SELECT datlocprovider FROM pg_database WHERE datname = $1`, [name]),
    );
    expect(rows).toEqual([{ datlocprovider: 'i' }]);
  });
});
