/**
 * Destruction benchmark (issue 15, decision 046): 1,000 closed bilans whose grace period has passed,
 * each with content in every content table (tests/support/bilan-content.ts: about 30 rows, a PDF
 * report, synthèse versions, shares, e-mails), then one run of the destruction sweep
 * (`sweepBilanDestruction`, one transaction per bilan, in batches): the first run schedules and
 * warns, the run a week later destroys. Target: ≤ 60 s for the destroying sweep.
 * On an embedded PostgreSQL in a temporary directory, or on a scratch database of DATABASE_URL.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb } from '../src/platform/db/kysely.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { silentLogger } from '../src/platform/logger.ts';
import { startEmbeddedPostgres } from '../src/platform/postgres/embedded.ts';
import { sweepBilanDestruction } from '../src/lifecycle/use-cases/sweep-bilan-destruction.ts';
import { depsFor } from '../tests/support/deps.ts';
import { createOrganisation, createUser, insertBilan } from '../tests/support/factories.ts';
import { seedBilanContent } from '../tests/support/bilan-content.ts';
import { fmt, machine, writeSection } from './lib.ts';

const BILANS = 1000;
const TARGET_SECONDS = 60;
const ENDED_AT = new Date('2026-10-01T10:00:00Z');
const SWEEP_AT = new Date('2026-11-23T09:00:00Z');
const DESTROY_AT = new Date('2026-11-30T09:00:00Z');

export async function benchDestruction(): Promise<void> {
  let dir: string | undefined;
  let server: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  let maintenance = process.env.DATABASE_URL;
  if (!maintenance) {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sillage-bench-destruction-'));
    server = await startEmbeddedPostgres({ dataDir: dir, log: silentLogger(), ephemeral: true });
    maintenance = server.urlFor('postgres');
  }
  const name = `sillage_bench_destruction_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: maintenance });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(maintenance);
  url.pathname = `/${name}`;
  const db = createDb({ connectionString: url.toString(), max: 4 });
  try {
    await migrateToLatest(db);
    const deps = depsFor(db, { now: SWEEP_AT.toISOString() });
    const seedStart = performance.now();
    const org = await createOrganisation(deps);
    for (let n = 0; n < BILANS; n++) {
      const beneficiary = await createUser(deps, org.id, 'beneficiary', `b${n}`);
      const bilanId = await insertBilan(deps, org, beneficiary, { phase: 'cloture', phase_changed_at: ENDED_AT });
      await seedBilanContent(deps, org, beneficiary, bilanId, `M${n}x`);
    }
    const seedSeconds = (performance.now() - seedStart) / 1000;
    const rows = await db
      .selectFrom('questionnaire_assignments')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    // First sight: schedules and warnings (never destroyed without a warning), then a week later
    // the destruction itself, then the same sweep again.
    const warnStart = performance.now();
    const warning = await sweepBilanDestruction(deps, SWEEP_AT);
    const warnSeconds = (performance.now() - warnStart) / 1000;
    const start = performance.now();
    const result = await sweepBilanDestruction(deps, DESTROY_AT);
    const seconds = (performance.now() - start) / 1000;
    const again = performance.now();
    const second = await sweepBilanDestruction(deps, DESTROY_AT);
    const secondSeconds = (performance.now() - again) / 1000;
    const left = await db
      .selectFrom('questionnaire_assignments')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    console.log({
      warning,
      warnSeconds,
      result,
      seconds,
      second,
      secondSeconds,
      seedSeconds,
      before: rows.n,
      after: left.n,
    });
    writeSection(
      'Destruction at the end of the bilan (issue 15)',
      `Run on ${new Date().toISOString().slice(0, 10)} — ${machine()}; load average (1 min) at the end of the run: ${fmt(os.loadavg()[0]!, 2)} on ${os.cpus().length} cores.

${BILANS.toLocaleString('en-GB')} closed bilans past their grace period, each with content in every content table (\`tests/support/bilan-content.ts\`: questionnaire with comment and 360° answer, external test with its PDF, portfolio, pistes, enquête, action step, synthèse sections, proposal, version, comment and approval, share with its opening, two e-mails, a séance with its attendance and the phase notes), seeded in ${fmt(seedSeconds)} s${process.env.DATABASE_URL ? ' on the DATABASE_URL server' : ' on an embedded PostgreSQL'}.

| Run | Time | Result |
|---|---|---|
| First sweep: schedules and warning e-mails (one transaction per bilan) | ${fmt(warnSeconds)} s | ${warning.scheduled} scheduled, ${warning.warned} warned |
| Sweep a week later: one transaction per bilan (destruction, certificate, audit) | **${fmt(seconds)} s** (${fmt((seconds * 1000) / BILANS)} ms per bilan) | ${result.destroyed} destroyed |
| The same sweep again (idempotent: nothing left to do) | ${fmt(secondSeconds, 2)} s | ${second.destroyed} destroyed |

Target: ≤ ${TARGET_SECONDS} s for 1,000 bilans — **${seconds <= TARGET_SECONDS && result.destroyed === BILANS ? 'met' : 'not met'}**. Questionnaire assignments before / after: ${rows.n} / ${left.n}.`,
    );
  } finally {
    await db.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.end();
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}
