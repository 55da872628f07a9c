/**
 * Several Sillage processes may start at the same moment on a database where pg-boss has never
 * run (a first deployment with two instances): each creates pg-boss's schema, queues and schedules.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startJobs, type JobRunner } from './pg-boss.ts';
import type { JobDefinition } from './job.ts';
import { depsFor } from '../../../tests/support/deps.ts';
import { createDb } from '../db/kysely.ts';
import { silentLogger } from '../logger.ts';

const maintenanceUrl = inject('dbMaintenanceUrl');
const runId = inject('dbRunId');

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const created: string[] = [];
afterAll(async () => {
  await admin(async (client) => {
    for (const name of created) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
});

async function freshDatabase(): Promise<string> {
  const name = `sillage_jobs_${runId}_${randomBytes(4).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name} TEMPLATE template0`));
  created.push(name);
  const url = new URL(maintenanceUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

// Several queues, as in the application: each is created by DDL (a partition of pgboss.job).
const JOBS: JobDefinition[] = ['one', 'two', 'three', 'four', 'five', 'six'].map((name) => ({
  name: `test-${name}`,
  cron: '0 3 * * *',
  handler: async () => undefined,
}));

describe('background jobs started by several processes at once', () => {
  it('start on a fresh database without error, each queue and schedule created once', async () => {
    const url = await freshDatabase();
    const db = createDb({ connectionString: url, max: 1 });
    const ctx = { ...depsFor(db), transport: undefined };
    const runners: JobRunner[] = [];
    try {
      const results = await Promise.allSettled(
        [1, 2, 3].map(async () => {
          const runner = await startJobs(url, JOBS, ctx, silentLogger());
          runners.push(runner);
        }),
      );
      expect(
        results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason)),
      ).toEqual([]);
      const check = new pg.Client({ connectionString: url });
      await check.connect();
      const queues = await check.query<{ name: string }>(
        `SELECT name FROM pgboss.queue WHERE name LIKE 'test-%' ORDER BY name`,
      );
      const schedules = await check.query<{ name: string }>(`SELECT name FROM pgboss.schedule ORDER BY name`);
      await check.end();
      const names = JOBS.map((j) => j.name).sort();
      expect(queues.rows.map((r) => r.name)).toEqual(names);
      expect(schedules.rows.map((r) => r.name)).toEqual(names);
    } finally {
      await Promise.all(runners.map((r) => r.stop()));
      await db.destroy();
    }
  });
});
