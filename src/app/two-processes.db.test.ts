/**
 * Two real Sillage processes on one database, each with its jobs and read caches on, as behind a
 * load balancer: they start together on an empty database (the database, its migrations and
 * pg-boss's schema are created once, without error), a write through one shows through the
 * other's caches within a second (decision 008), and a recurring job runs once, not once per
 * process (decision 004).
 */
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb, type Db } from '../platform/db/kysely.ts';
import { MIGRATIONS_DIR } from '../platform/db/migrate.ts';
import { silentLogger } from '../platform/logger.ts';
import { ensureWebBuild } from '../platform/web-build/build.ts';
import { JOBS } from './jobs.ts';
import { E2E_PASSWORD, seedBilan } from '../../tests/support/e2e-app.ts';
import { sameOriginHeaders, startApp, type RunningApp } from '../../tests/support/server.ts';

const maintenanceUrl = inject('dbMaintenanceUrl');
// The run's prefix: the global teardown drops the database if this file could not.
const database = `sillage_two_${inject('dbRunId')}_${randomBytes(4).toString('hex')}`;
const databaseUrl = (() => {
  const url = new URL(maintenanceUrl);
  url.pathname = `/${database}`;
  return url.toString();
})();

/** The jobs due at every start: their schedule fires every minute. */
const EVERY_MINUTE = JOBS.filter((job) => job.cron === '* * * * *').map((job) => job.name);

let running: RunningApp[] = [];
let db: Db | undefined;

interface LogLine {
  level: number;
  msg: string;
  applied?: string[];
}

function logLines(app: RunningApp): LogLine[] {
  return app.output
    .join('')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      try {
        return JSON.parse(line) as LogLine;
      } catch {
        return { level: 60, msg: line }; // not a log line: a crash message on stderr
      }
    });
}

/** Errors and anything that is not a log line (a crash prints its message raw). */
function problems(app: RunningApp): string[] {
  return logLines(app)
    .filter((line) => line.level >= 50)
    .map((line) => line.msg);
}

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** One process, jobs and caches on; resolves once it is fully started (jobs included). */
async function startProcess(): Promise<RunningApp> {
  const app = await startApp(
    { DATABASE_URL: databaseUrl, JOBS: 'on', READ_CACHE: 'on', LOG_LEVEL: 'info' },
    { timeoutMs: 60_000 },
  );
  running.push(app);
  await until('the process to be ready', 30_000, async () => {
    if (app.process.exitCode !== null) throw new Error(`The process stopped:\n${app.output.join('')}`);
    return logLines(app).some((line) => line.msg.startsWith('Sillage est prêt')) || undefined;
  });
  return app;
}

async function query<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const post = (app: RunningApp, path: string, body: unknown, cookie?: string) =>
  fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...sameOriginHeaders(app.url),
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  // Built once here: two processes starting together must not both build the interface.
  await ensureWebBuild(silentLogger());
}, 120_000);

afterAll(async () => {
  await Promise.all(
    running.map(async (app) => {
      const forced = setTimeout(() => app.process.kill('SIGKILL'), 15_000);
      await app.stop();
      clearTimeout(forced);
    }),
  );
  await db?.destroy();
  const admin = new pg.Client({ connectionString: maintenanceUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
});

describe('two Sillage processes on one database', () => {
  let a: RunningApp;
  let b: RunningApp;

  it('start together on an empty database: the database and each migration are created once, without error', async () => {
    [a, b] = await Promise.all([startProcess(), startProcess()]);

    expect([...problems(a), ...problems(b)]).toEqual([]);
    const lines = [...logLines(a), ...logLines(b)];
    expect(lines.filter((line) => line.msg === 'Base de données créée')).toHaveLength(1);
    // Each migration applied by one process only, and recorded once.
    const migrations = readdirSync(MIGRATIONS_DIR)
      .filter((file) => file.endsWith('.sql'))
      .map((file) => file.replace(/\.sql$/, ''))
      .sort();
    const applied = lines.flatMap((line) => (line.msg === 'Migrations appliquées' ? (line.applied ?? []) : []));
    expect(applied.sort()).toEqual(migrations);
    const recorded = await query<{ name: string; times: number }>(
      `SELECT name, count(*)::int AS times FROM kysely_migration GROUP BY name ORDER BY name`,
    );
    expect(recorded).toEqual(migrations.map((name) => ({ name, times: 1 })));
    // pg-boss's schema, queues and schedules: created once, and both processes run the workers.
    const queues = await query<{ name: string }>(`SELECT name FROM pgboss.queue WHERE name = ANY($1) ORDER BY name`, [
      JOBS.map((job) => job.name),
    ]);
    expect(queues.map((q) => q.name)).toEqual(JOBS.map((job) => job.name).sort());
  }, 90_000);

  it('shows a write through one process in the other’s cached pages within a second', async () => {
    db = createDb({ connectionString: databaseUrl, max: 2, onIdleError: () => undefined });
    const { consultant } = await seedBilan(db, 'Organisme à deux processus');
    const login = await post(a, '/api/auth/login', { email: consultant.email, password: E2E_PASSWORD });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const homeThroughB = async () => {
      const response = await fetch(`${b.url}/api/consultant/home`, { headers: { cookie } });
      return { status: response.status, body: (await response.json()) as { open?: unknown[] } };
    };
    // B resolves the session and computes the home, then serves both from its caches.
    expect((await homeThroughB()).body.open).toHaveLength(1);
    expect((await homeThroughB()).body.open).toHaveLength(1);

    const created = await post(
      a,
      '/api/bilans',
      {
        beneficiary: { firstName: 'Inès', lastName: 'Moreau', email: 'ines.moreau@exemple.fr' },
        financing: 'opco',
        plannedHours: '24',
      },
      cookie,
    );
    expect(created.status).toBe(201);
    const written = Date.now();
    await until('the new bilan on the home served by B', 1000, async () =>
      (await homeThroughB()).body.open?.length === 2 ? true : undefined,
    );
    expect(Date.now() - written).toBeLessThan(1000);

    // Signing out through A ends the session that B holds in its cache.
    expect((await post(a, '/api/auth/logout', {}, cookie)).status).toBeLessThan(300);
    const signedOut = Date.now();
    await until('B to refuse the ended session', 1000, async () =>
      (await homeThroughB()).status === 401 ? true : undefined,
    );
    expect(Date.now() - signedOut).toBeLessThan(1000);
  }, 30_000);

  it('runs a recurring job once, not once per process, when both start together', async () => {
    expect(await Promise.all([a.stop(), b.stop()])).toEqual([0, 0]);
    running = [];
    // The next check of the schedules is due (as after any stop of more than 30 s).
    await query(`UPDATE pgboss.version SET cron_on = NULL`);
    const [{ t0 }] = (await query<{ t0: Date }>(`SELECT now() AS t0`)) as [{ t0: Date }];
    [a, b] = await Promise.all([startProcess(), startProcess()]);
    // pg-boss checks the schedules at start, then every 30 s, in one process at a time (the one
    // that moves this timestamp). The check at start is the one under test: later checks may
    // legitimately run the jobs again.
    const checkedAt = await until('the first check of the schedules', 10_000, async () => {
      const [row] = await query<{ checkedAt: Date | null }>(`SELECT cron_on AS "checkedAt" FROM pgboss.version`);
      return row?.checkedAt ?? undefined;
    });
    const nextCheck = checkedAt.getTime() + 30_000;

    // Every start finds the every-minute jobs due: wait for their first run.
    const jobs = () =>
      query<{ name: string; state: string; created_on: Date }>(
        `SELECT name, state, created_on FROM pgboss.job WHERE name = ANY($1) AND created_on >= $2`,
        [EVERY_MINUTE, t0],
      );
    await until('the every-minute jobs to run', 40_000, async () => {
      const done = new Set((await jobs()).filter((j) => j.state === 'completed').map((j) => j.name));
      return EVERY_MINUTE.every((name) => done.has(name)) || undefined;
    });
    // Time for a second run to appear if both processes had scheduled the jobs (the schedule
    // relay polls every 5 s, the workers every 2 s).
    await new Promise((r) => setTimeout(r, 7000));

    const firstCheck = (await jobs()).filter((j) => j.created_on.getTime() < nextCheck);
    const runs = Object.fromEntries(
      EVERY_MINUTE.map((name) => [name, firstCheck.filter((j) => j.name === name).length]),
    );
    expect(runs).toEqual(Object.fromEntries(EVERY_MINUTE.map((name) => [name, 1])));

    // And never two runs of a job at the same time, in either process.
    const overlapping = await query(
      `SELECT x.name FROM pgboss.job x JOIN pgboss.job y
         ON x.name = y.name AND x.id < y.id
        AND x.started_on < coalesce(y.completed_on, now()) AND y.started_on < coalesce(x.completed_on, now())
      WHERE x.name = ANY($1)`,
      [JOBS.map((job) => job.name)],
    );
    expect(overlapping).toEqual([]);
    expect([...problems(a), ...problems(b)]).toEqual([]);
  }, 90_000);
});
