/**
 * Foundation benchmark (issues 2 and 10): cold start to the first served page; the consultant home
 * API under 50 concurrent connections on an organisation with 1,000 bilans (and 10,000 without the
 * read caches), against a bare Hono route in the same run, with the CPU each request costs; the
 * resident memory of the process started as `npm start` starts it, after a million requests.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { hash } from '@node-rs/argon2';
import { sql } from 'kysely';
import { createDb } from '../src/platform/db/kysely.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { silentLogger } from '../src/platform/logger.ts';
import { startEmbeddedPostgres } from '../src/platform/postgres/embedded.ts';
import { ROOT, sameOriginHeaders, startApp } from '../tests/support/server.ts';
import { cpuMs, fmt, load, machine, processTree, residentMb, writeSection, type LoadResult } from './lib.ts';

const TARGET_LATER_START_MS = 5000;
const TARGET_HOME_P95_MS = 25;
const BILANS = 1000;
const BILANS_PER_CONSULTANT = 40;
const CONSULTANTS = BILANS / BILANS_PER_CONSULTANT;
const LARGE_BILANS = 10_000;
/** Requests sent to the process started as `npm start` starts it, before its memory is read. */
const MEMORY_REQUESTS = 1_000_000;
const TARGET_RSS_MB = 400;

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

/** One organisation, `bilans / 40` consultants with 40 bilans each in all phases, 5 séances each. */
async function seed(url: string, bilans = BILANS): Promise<{ email: string; password: string }> {
  const consultants = bilans / BILANS_PER_CONSULTANT;
  const db = createDb({ connectionString: url, max: 2 });
  await migrateToLatest(db);
  const password = 'mot de passe du banc d’essai';
  const passwordHash = await hash(password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  await sql`
    WITH org AS (INSERT INTO organisations (name, slug) VALUES ('Organisme de test de charge', 'charge') RETURNING id),
    consultants AS (
      INSERT INTO users (organisation_id, role, email, first_name, last_name, password_hash, status, activated_at)
      SELECT org.id, 'consultant', 'consultant' || n || '@charge.fr', 'Consultant', 'N' || n, ${passwordHash}, 'active', now()
      FROM org, generate_series(1, ${consultants}) n RETURNING id, email),
    numbered AS (SELECT id, row_number() OVER (ORDER BY email) - 1 AS k FROM consultants),
    beneficiaries AS (
      INSERT INTO users (organisation_id, role, email, first_name, last_name, password_hash, status, activated_at)
      SELECT org.id, 'beneficiary', 'beneficiaire' || n || '@charge.fr', 'Bénéficiaire', 'N' || n, ${passwordHash}, 'active', now()
      FROM org, generate_series(1, ${bilans}) n RETURNING id, email),
    bnumbered AS (SELECT id, row_number() OVER (ORDER BY email) - 1 AS k FROM beneficiaries)
    INSERT INTO bilans (organisation_id, beneficiary_id, consultant_id, financing, planned_accompaniment_minutes, phase)
    SELECT org.id, b.id, c.id, (ARRAY['cpf','opco','self_funded','employer_plan'])[1 + b.k % 4], 1440,
           (ARRAY['preliminaire','investigation','investigation','conclusion','cloture'])[1 + (b.k / ${consultants}) % 5]
    FROM org, bnumbered b JOIN numbered c ON c.k = b.k % ${consultants}
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

/** The PostgreSQL server's process and its backends, from its `postmaster.pid`. */
function postgresProcesses(dataDir: string): number[] {
  const pid = Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  return processTree(pid);
}

export async function signIn(appUrl: string, email: string, password: string): Promise<string> {
  const login = await fetch(`${appUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...sameOriginHeaders(appUrl) },
    body: JSON.stringify({ email, password }),
  });
  if (!login.ok) throw new Error(`Connexion du banc d’essai refusée : ${login.status}`);
  return (login.headers.get('set-cookie') ?? '').split(';')[0]!;
}

interface HomeLoad extends LoadResult {
  /** CPU time per request of the Sillage process and of PostgreSQL (server and backends), in ms. */
  appCpuMs: number;
  postgresCpuMs: number;
}

/** The consultant home under 50 connections for 15 s after a 3 s warm-up, with the CPU it cost. */
async function measureHome(
  url: string,
  dataDir: string,
  env: Record<string, string>,
  email: string,
  password: string,
): Promise<HomeLoad> {
  const app = await startApp({ DATABASE_URL: url, ...env });
  try {
    const cookie = await signIn(app.url, email, password);
    await load(`${app.url}/api/consultant/home`, { connections: 50, seconds: 3, headers: { cookie } });
    const postgres = postgresProcesses(dataDir);
    const sum = (pids: number[]) => pids.reduce((total, pid) => total + cpuMs(pid), 0);
    const app0 = cpuMs(app.process.pid!);
    const pg0 = sum(postgres);
    const result = await load(`${app.url}/api/consultant/home`, { connections: 50, seconds: 15, headers: { cookie } });
    return {
      ...result,
      appCpuMs: (cpuMs(app.process.pid!) - app0) / result.requests,
      // Clock ticks are 10 ms: a run that costs PostgreSQL nothing may read a tick below zero.
      postgresCpuMs: Math.max(0, sum(postgresProcesses(dataDir)) - pg0) / result.requests,
    };
  } finally {
    await app.stop();
  }
}

/** The Node.js options of `npm start` (package.json), e.g. its heap bound. */
function startScriptNodeOptions(): string[] {
  const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } })
    .scripts;
  const words = scripts.start.split(/\s+/);
  return words.slice(words.indexOf('node') + 1, words.indexOf('--import'));
}

interface MemoryRun {
  nodeOptions: string[];
  before: { rss: number; peak: number };
  after: { rss: number; peak: number };
  load: LoadResult;
}

/** Resident memory of the process started as `npm start` starts it, before and after a million requests. */
async function measureMemory(url: string, email: string, password: string): Promise<MemoryRun> {
  const nodeOptions = startScriptNodeOptions();
  const app = await startApp({ DATABASE_URL: url, SILLAGE_NODE_ARGS: nodeOptions.join(' ') });
  try {
    const cookie = await signIn(app.url, email, password);
    await load(`${app.url}/api/consultant/home`, { connections: 50, seconds: 2, headers: { cookie } });
    const before = residentMb(app.process.pid!);
    const result = await load(`${app.url}/api/consultant/home`, {
      connections: 50,
      amount: MEMORY_REQUESTS,
      headers: { cookie },
    });
    return { nodeOptions, before, after: residentMb(app.process.pid!), load: result };
  } finally {
    await app.stop();
  }
}

export function row(label: string, r: LoadResult): string {
  return `| ${label} | ${fmt(r.p50, 2)} | ${fmt(r.p95, 2)} | ${fmt(r.p99, 2)} | ${fmt(r.rps, 0)} | ${r.requests} | ${r.errors + r.non2xx} |`;
}

const cpuRow = (label: string, r: HomeLoad) =>
  `| ${label} | ${fmt(r.appCpuMs, 3)} ms | ${fmt(r.postgresCpuMs, 3)} ms |`;

/** An embedded PostgreSQL seeded with `bilans` bilans, for the time of `run`. */
export async function withSeededServer<T>(
  bilans: number,
  run: (url: string, dataDir: string, account: { email: string; password: string }) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sillage-bench-load-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir, log: silentLogger() });
  try {
    const url = pg.urlFor('postgres');
    const account = await seed(url, bilans);
    return await run(url, dir, account);
  } finally {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

export async function benchFoundation(): Promise<void> {
  console.log('Démarrages à froid…');
  const starts = await coldStarts();

  console.log(`Charge : amorçage de ${LARGE_BILANS} bilans, accueil sans cache…`);
  const large = await withSeededServer(LARGE_BILANS, (url, dir, { email, password }) =>
    measureHome(url, dir, { READ_CACHE: 'off' }, email, password),
  );

  console.log(`Charge : amorçage de ${BILANS} bilans…`);
  await withSeededServer(BILANS, async (url, dir, { email, password }) => {
    console.log('Charge : accueil sans cache…');
    const uncached = await measureHome(url, dir, { READ_CACHE: 'off' }, email, password);
    console.log('Charge : accueil avec cache…');
    const consultantHome = await measureHome(url, dir, {}, email, password);
    let home: { open: unknown[]; closed: unknown[] };
    let bare: LoadResult;
    const app = await startApp({ DATABASE_URL: url });
    try {
      const cookie = await signIn(app.url, email, password);
      home = (await (await fetch(`${app.url}/api/consultant/home`, { headers: { cookie } })).json()) as typeof home;
      console.log('Charge : route Hono nue…');
      await load(`${app.url}/api/health`, { connections: 50, seconds: 3 });
      bare = await load(`${app.url}/api/health`, { connections: 50, seconds: 15 });
    } finally {
      await app.stop();
    }
    console.log(`Mémoire : ${MEMORY_REQUESTS.toLocaleString('fr-FR')} requêtes sur le processus de npm start…`);
    const memory = await measureMemory(url, email, password);

    const laterMedian = [...starts.later].sort((a, b) => a - b)[1]!;
    const startOk = Math.max(...starts.later) <= TARGET_LATER_START_MS;
    const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
    writeSection(
      'Foundation (issue 2)',
      `
Run on ${new Date().toISOString().slice(0, 10)} — ${machine()}. The app, PostgreSQL and the load generator (autocannon, in the bench process) share the machine.

### Cold start to the first served page (\`GET /installation\`, embedded PostgreSQL, jobs on)

| Start | Time |
|---|---|
| First start (cluster initialisation, migrations; UI already built) | ${fmt(starts.first / 1000, 2)} s |
| Later starts on the same data (3 runs) | ${starts.later.map((ms) => `${fmt(ms / 1000, 2)} s`).join(', ')} (median ${fmt(laterMedian / 1000, 2)} s) |

Target: later starts ≤ ${TARGET_LATER_START_MS / 1000} s — **${met(startOk)}**.

### Consultant home API under load

Organisation with ${BILANS} bilans (${CONSULTANTS} consultants, ${BILANS_PER_CONSULTANT} bilans each across all phases, 5 séances per bilan); the consultant's home returns ${home.open.length} open and ${home.closed.length} closed bilans. 50 concurrent connections, 15 s after a 3 s warm-up; latencies in ms from every response. The last row is the same organisation grown to ${LARGE_BILANS.toLocaleString('en-GB')} bilans (${LARGE_BILANS / BILANS_PER_CONSULTANT} consultants).

| Route | p50 | p95 | p99 | req/s | requests | errors |
|---|---|---|---|---|---|---|
${row('`GET /api/consultant/home` (read caches on: the default)', consultantHome)}
${row('`GET /api/health` (bare Hono route)', bare)}
${row('`GET /api/consultant/home` with `READ_CACHE=off` (session + home queries every time)', uncached)}
${row(`\`GET /api/consultant/home\` with \`READ_CACHE=off\`, ${LARGE_BILANS.toLocaleString('en-GB')} bilans`, large)}

Ratio consultant home / bare route: p95 × ${fmt(consultantHome.p95 / bare.p95, 1)}, throughput ÷ ${fmt(bare.rps / consultantHome.rps, 1)}. Without the read caches: p95 × ${fmt(uncached.p95 / bare.p95, 1)}, throughput ÷ ${fmt(bare.rps / uncached.rps, 1)}.

CPU time per request (from /proc; less sensitive than latency to whatever else the machine runs):

| Consultant home | Sillage process | PostgreSQL |
|---|---|---|
${cpuRow('read caches on', consultantHome)}
${cpuRow('`READ_CACHE=off`', uncached)}
${cpuRow(`\`READ_CACHE=off\`, ${LARGE_BILANS.toLocaleString('en-GB')} bilans`, large)}

The caches hold resolved sessions and consultant homes in the process; PostgreSQL triggers \`NOTIFY\` every change (migration 0003) and each process drops the affected entries, or bypasses the caches while its listener is down (docs/decisions/008-read-cache.md). During the cached run nothing is written, so after the first request every home is served from memory; the uncached rows are the cost of a cache miss: one query for the session, one for the whole home (src/bilans/data/bilan-summaries.ts).

Targets: consultant home p95 ≤ ${TARGET_HOME_P95_MS} ms — **${met(consultantHome.p95 <= TARGET_HOME_P95_MS)}**; with \`READ_CACHE=off\` at ${BILANS} bilans p95 ≤ ${TARGET_HOME_P95_MS} ms — **${met(uncached.p95 <= TARGET_HOME_P95_MS)}**.

### Memory of the process started as \`npm start\` starts it

Node options of \`npm start\`: \`${memory.nodeOptions.join(' ') || '(none)'}\`. ${memory.load.requests.toLocaleString('en-GB')} requests to the consultant home (read caches on, 50 connections, ${fmt(memory.load.rps, 0)} req/s, ${memory.load.errors + memory.load.non2xx} errors).

| Resident memory | Before | After ${MEMORY_REQUESTS.toLocaleString('en-GB')} requests | Peak |
|---|---|---|---|
| Sillage process | ${fmt(memory.before.rss, 0)} MB | ${fmt(memory.after.rss, 0)} MB | ${fmt(memory.after.peak, 0)} MB |

Target: resident memory after ${MEMORY_REQUESTS.toLocaleString('en-GB')} requests ≤ ${TARGET_RSS_MB} MB — **${met(memory.after.rss <= TARGET_RSS_MB)}**.
`,
    );
    console.log(
      `Démarrage suivant médian ${fmt(laterMedian)} ms ; accueil p95 ${fmt(consultantHome.p95, 2)} ms ; sans cache p95 ${fmt(uncached.p95, 2)} ms (${fmt(large.p95, 2)} ms à ${LARGE_BILANS} bilans) ; nue p95 ${fmt(bare.p95, 2)} ms ; mémoire ${fmt(memory.after.rss, 0)} Mo`,
    );
  });
}
