/**
 * Each database test file gets its own database, cloned from the migrated template.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { closeTestDb } from '../support/deps.ts';

const maintenanceUrl = inject('dbMaintenanceUrl');
const template = inject('dbTemplate');
const runId = inject('dbRunId');
const name = `sillage_t_${runId}_${randomBytes(4).toString('hex')}`;

const admin = new pg.Client({ connectionString: maintenanceUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
await admin.end();

const url = new URL(maintenanceUrl);
url.pathname = `/${name}`;
process.env.SILLAGE_TEST_DATABASE_URL = url.toString();

afterAll(async () => {
  await closeTestDb();
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.end();
});
