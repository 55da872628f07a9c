/**
 * Foundation benchmark (issue 2): cold start to the first served page, and the consultant home
 * API under 50 concurrent connections on an organisation with 1,000 bilans, against a bare Hono
 * route in the same run.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { hash } from '@node-rs/argon2';
import { sql } from 'kysely';
import { createDb } from '../src/platform/db/kysely.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { silentLogger } from '../src/platform/logger.ts';
import { startEmbeddedPostgres } from '../src/platform/postgres/embedded.ts';
import { sameOriginHeaders, startApp } from '../tests/support/server.ts';
import { fmt, load, machine, writeSection, type LoadResult } from './lib.ts';

const TARGET_LATER_START_MS = 5000;
const TARGET_HOME_P95_MS = 25;
const BILANS = 1000;
const CONSULTANTS = 25;

async function coldStarts(): Promise<{ first: number; later: number[] }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'sillage-bench-start-'));
  try {
    const env = { DATA_DIR: dataDir };
    const first = await startApp(env, { readyPath: '/installation' });
    await first.stop();
    const later: number[] = [];
    for (let i = 0; i < 3; i++) {
      const run = await startApp(env, { readyPath: '/installation' });
      later.push(run.startedInMs);
      await run.stop();
    }
    return { first: first.startedInMs, later };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** One organisation, 25 consultants, 1,000 bilans in all phases, 5 séances each. */
async function seed(url: string): Promise<{ email: string; password: string }> {
  const db = createDb({ connectionString: url, max: 2 });
  await migrateToLatest(db);
  const password = 'mot de passe du banc d’essai';
  const passwordHash = await hash(password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  await sql`
    WITH org AS (INSERT INTO organisations (name, slug) VALUES ('Organisme de test de charge', 'charge') RETURNING id),
    consultants AS (
      INSERT INTO users (organisation_id, role, email, first_name, last_name, password_hash, status, activated_at)
      SELECT org.id, 'consultant', 'consultant' || n || '@charge.fr', 'Consultant', 'N' || n, ${passwordHash}, 'active', now()
      FROM org, generate_series(1, ${CONSULTANTS}) n RETURNING id, email),
    numbered AS (SELECT id, row_number() OVER (ORDER BY email) - 1 AS k FROM consultants),
    beneficiaries AS (
      INSERT INTO users (organisation_id, role, email, first_name, last_name, password_hash, status, activated_at)
      SELECT org.id, 'beneficiary', 'beneficiaire' || n || '@charge.fr', 'Bénéficiaire', 'N' || n, ${passwordHash}, 'active', now()
      FROM org, generate_series(1, ${BILANS}) n RETURNING id, email),
    bnumbered AS (SELECT id, row_number() OVER (ORDER BY email) - 1 AS k FROM beneficiaries)
    INSERT INTO bilans (organisation_id, beneficiary_id, consultant_id, financing, planned_accompaniment_minutes, phase)
    SELECT org.id, b.id, c.id, (ARRAY['cpf','opco','self_funded','employer_plan'])[1 + b.k % 4], 1440,
           (ARRAY['preliminaire','investigation','investigation','conclusion','cloture'])[1 + b.k % 5]
    FROM org, bnumbered b JOIN numbered c ON c.k = b.k % ${CONSULTANTS}
  `.execute(db);
  await sql`
    INSERT INTO seances (organisation_id, bilan_id, consultant_id, phase, mode, starts_at, ends_at, status, signed_by_beneficiary_at, signed_by_consultant_at)
    SELECT b.organisation_id, b.id, b.consultant_id, 'preliminaire', 'in_person',
           now() + (s - 3) * interval '7 days', now() + (s - 3) * interval '7 days' + interval '2 hours',
           CASE WHEN s <= 3 THEN 'held' ELSE 'planned' END,
           CASE WHEN s <= 3 THEN now() END, CASE WHEN s <= 3 THEN now() END
    FROM bilans b, generate_series(1, 5) s
  `.execute(db);
  // The stored counter, as the séance services keep it: held synchronous séances signed by both.
  await sql`
    UPDATE bilans b SET accompaniment_done_minutes = coalesce((
      SELECT sum(extract(epoch FROM s.ends_at - s.starts_at) / 60)::int FROM seances s
      WHERE s.bilan_id = b.id AND s.status = 'held' AND s.mode <> 'personal_work'
        AND s.signed_by_beneficiary_at IS NOT NULL AND s.signed_by_consultant_at IS NOT NULL), 0)
  `.execute(db);
  await sql`ANALYZE`.execute(db);
  await db.destroy();
  return { email: 'consultant1@charge.fr', password };
}

async function measureHome(
  url: string,
  env: Record<string, string>,
  email: string,
  password: string,
): Promise<LoadResult> {
  const app = await startApp({ DATABASE_URL: url, ...env });
  try {
    const login = await fetch(`${app.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...sameOriginHeaders(app.url) },
      body: JSON.stringify({ email, password }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    await load(`${app.url}/api/consultant/home`, { connections: 50, seconds: 3, headers: { cookie } });
    return await load(`${app.url}/api/consultant/home`, { connections: 50, seconds: 15, headers: { cookie } });
  } finally {
    await app.stop();
  }
}

function row(label: string, r: LoadResult): string {
  return `| ${label} | ${fmt(r.p50, 2)} | ${fmt(r.p95, 2)} | ${fmt(r.p99, 2)} | ${fmt(r.rps, 0)} | ${r.requests} | ${r.errors + r.non2xx} |`;
}

export async function benchFoundation(): Promise<void> {
  console.log('Démarrages à froid…');
  const starts = await coldStarts();

  console.log('Charge : amorçage de 1 000 bilans…');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sillage-bench-load-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir, log: silentLogger() });
  try {
    const url = pg.urlFor('postgres');
    const { email, password } = await seed(url);
    const uncached = await measureHome(url, { READ_CACHE: 'off' }, email, password);
    const app = await startApp({ DATABASE_URL: url });
    try {
      const login = await fetch(`${app.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...sameOriginHeaders(app.url) },
        body: JSON.stringify({ email, password }),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
      const home = (await (await fetch(`${app.url}/api/consultant/home`, { headers: { cookie } })).json()) as {
        open: unknown[];
        closed: unknown[];
      };
      const options = { connections: 50, seconds: 15 };
      console.log('Charge : échauffement…');
      await load(`${app.url}/api/consultant/home`, { ...options, seconds: 3, headers: { cookie } });
      console.log('Charge : accueil consultant·e…');
      const consultantHome = await load(`${app.url}/api/consultant/home`, { ...options, headers: { cookie } });
      console.log('Charge : route Hono nue…');
      const bare = await load(`${app.url}/api/health`, options);

      const laterMedian = [...starts.later].sort((a, b) => a - b)[1]!;
      const startOk = Math.max(...starts.later) <= TARGET_LATER_START_MS;
      const homeOk = consultantHome.p95 <= TARGET_HOME_P95_MS;
      writeSection(
        'Foundation (issue 2)',
        `
Run on ${new Date().toISOString().slice(0, 10)} — ${machine()}. The app, PostgreSQL and the load generator (autocannon, in the bench process) share the machine.

### Cold start to the first served page (\`GET /installation\`, embedded PostgreSQL, jobs on)

| Start | Time |
|---|---|
| First start (cluster initialisation, migrations; UI already built) | ${fmt(starts.first / 1000, 2)} s |
| Later starts on the same data (3 runs) | ${starts.later.map((ms) => `${fmt(ms / 1000, 2)} s`).join(', ')} (median ${fmt(laterMedian / 1000, 2)} s) |

Target: later starts ≤ ${TARGET_LATER_START_MS / 1000} s — **${startOk ? 'met' : 'NOT met'}**.

### Consultant home API under load

Organisation with ${BILANS} bilans (${CONSULTANTS} consultants, 40 bilans each across all phases, 5 séances per bilan); the consultant's home returns ${home.open.length} open and ${home.closed.length} closed bilans. ${options.connections} concurrent connections, ${options.seconds} s after a 3 s warm-up; latencies in ms from every response.

| Route | p50 | p95 | p99 | req/s | requests | errors |
|---|---|---|---|---|---|---|
${row('`GET /api/consultant/home` (read caches on: the default)', consultantHome)}
${row('`GET /api/health` (bare Hono route)', bare)}
${row('`GET /api/consultant/home` with `READ_CACHE=off` (session + home queries every time)', uncached)}

Ratio consultant home / bare route: p95 × ${fmt(consultantHome.p95 / bare.p95, 1)}, throughput ÷ ${fmt(bare.rps / consultantHome.rps, 1)}. Without the read caches: p95 × ${fmt(uncached.p95 / bare.p95, 1)}, throughput ÷ ${fmt(bare.rps / uncached.rps, 1)}.

The caches hold resolved sessions and consultant homes in the process; PostgreSQL triggers \`NOTIFY\` every change (migration 0003) and each process drops the affected entries, or bypasses the caches while its listener is down (docs/decisions/008-read-cache.md). During this run nothing is written, so after the first request every home is served from memory; the uncached row is the cost of a cache miss.

Target: consultant home p95 ≤ ${TARGET_HOME_P95_MS} ms — **${homeOk ? 'met' : 'NOT met'}**.
`,
      );
      console.log(
        `Démarrage suivant médian ${fmt(laterMedian)} ms ; accueil p95 ${fmt(consultantHome.p95, 2)} ms ; nue p95 ${fmt(bare.p95, 2)} ms`,
      );
    } finally {
      await app.stop();
    }
  } finally {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
