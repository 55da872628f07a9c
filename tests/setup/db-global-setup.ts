/**
 * Database tests: one PostgreSQL for the run, one migrated template database; each test file
 * clones it (CREATE DATABASE … TEMPLATE, see db-worker-setup.ts). Tests create their own
 * organisations, so nothing is truncated.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDb } from '../../src/platform/db/kysely.ts';
import { migrateToLatest } from '../../src/platform/db/migrate.ts';
import { startTestServer } from './test-postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dbMaintenanceUrl: string;
    dbTemplate: string;
    dbRunId: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestServer();
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const template = `sillage_tpl_${runId}`;
  const maintenanceUrl = server.urlFor('postgres');

  const admin = new pg.Client({ connectionString: maintenanceUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template} ENCODING 'UTF8' TEMPLATE template0`);
  const db = createDb({ connectionString: server.urlFor(template), max: 1 });
  await migrateToLatest(db);
  await db.destroy();
  await admin.end();

  project.provide('dbMaintenanceUrl', maintenanceUrl);
  project.provide('dbTemplate', template);
  project.provide('dbRunId', runId);
  console.log(
    `Tests de base de données sur un PostgreSQL ${server.kind === 'external' ? 'externe (DATABASE_URL)' : 'embarqué'}.`,
  );

  return async () => {
    const client = new pg.Client({ connectionString: maintenanceUrl });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
      `sillage_%${runId}%`,
    ]);
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`);
    }
    await client.end();
    await server.stop();
  };
}
