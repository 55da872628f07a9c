/**
 * Portfolio benchmark (issue 12): a bilan whose portfolio holds 60 experiences and 300 competences
 * (with evidence links, domains and comments), on the real ROME catalogue; `GET
 * /api/bilans/:id/portfolio` and the ROME proposals for an experience's appellation under 50
 * concurrent connections, signed in as the beneficiary. Targets: portfolio p95 ≤ 25 ms, proposals
 * p95 ≤ 10 ms.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { hash } from '@node-rs/argon2';
import { sql } from 'kysely';
import { loadRomeExport } from '../src/catalog/data/rome-export/load-export.ts';
import { importRomeCatalogue } from '../src/catalog/use-cases/import-rome-catalogue.ts';
import { Caches } from '../src/platform/cache/caches.ts';
import { systemClock } from '../src/platform/clock.ts';
import { createDb } from '../src/platform/db/kysely.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { silentLogger } from '../src/platform/logger.ts';
import { startEmbeddedPostgres } from '../src/platform/postgres/embedded.ts';
import { ROME_DIR } from '../tests/support/rome.ts';
import { startApp } from '../tests/support/server.ts';
import { signIn } from './foundation.ts';
import { cpuMs, fmt, load, machine, writeSection, type LoadResult } from './lib.ts';

const TARGETS = { portfolioP95Ms: 25, proposalsP95Ms: 10 } as const;
const EXPERIENCES = 60;
const COMPETENCES = 300;
const DOMAINS = 6;
const COMMENTS = 30;
const SECONDS = 15;
const WARM_UP_SECONDS = 3;

interface Seeded {
  email: string;
  password: string;
  bilanId: string;
  /** The experience whose appellation has the largest fiche, for the proposals. */
  experienceId: string;
}

/** One organisation, its consultant, a beneficiary in investigation and a full portfolio. */
async function seed(url: string): Promise<Seeded> {
  const db = createDb({ connectionString: url, max: 2 });
  try {
    await migrateToLatest(db);
    await importRomeCatalogue(
      { db, clock: systemClock, log: silentLogger(), caches: new Caches() },
      await loadRomeExport(ROME_DIR),
      ROME_DIR,
    );
    const password = 'mot de passe du banc d’essai';
    const passwordHash = await hash(password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const { rows } = await sql<{ bilan_id: string; beneficiary_id: string; organisation_id: string }>`
      WITH org AS (INSERT INTO organisations (name, slug) VALUES ('Organisme du banc portefeuille', 'portefeuille') RETURNING id),
      consultant AS (
        INSERT INTO users (organisation_id, role, email, first_name, last_name, password_hash, status, activated_at)
        SELECT org.id, 'consultant', 'consultante@portefeuille.fr', 'Claire', 'Martin', ${passwordHash}, 'active', now() FROM org
        RETURNING id, organisation_id),
      beneficiary AS (
        INSERT INTO users (organisation_id, role, email, first_name, last_name, password_hash, status, activated_at)
        SELECT org.id, 'beneficiary', 'beneficiaire@portefeuille.fr', 'Bruno', 'Lefèvre', ${passwordHash}, 'active', now() FROM org
        RETURNING id)
      INSERT INTO bilans (organisation_id, beneficiary_id, consultant_id, financing, planned_accompaniment_minutes, phase)
      SELECT c.organisation_id, b.id, c.id, 'cpf', 1440, 'investigation' FROM consultant c, beneficiary b
      RETURNING id AS bilan_id, beneficiary_id, organisation_id`.execute(db);
    const { bilan_id: bilanId, beneficiary_id: by, organisation_id: org } = rows[0]!;
    // 60 experiences, each with a real appellation (every 200th of the catalogue) and STAR texts.
    await sql`
      INSERT INTO portfolio_experiences (organisation_id, bilan_id, kind, title, appellation_code_ogr, employer_or_context,
        started_on, ended_on, activities, achievements, liked, disliked, satisfaction, position,
        created_by, created_at, updated_by, updated_at, revision)
      SELECT ${org}, ${bilanId}, (ARRAY['professional','volunteer','personal','training'])[1 + n % 4], a.label, a.code_ogr,
             'Employeur ' || n, date '2000-01-01' + n * 120, date '2000-01-01' + n * 120 + 100,
             -- Varied French text (the catalogue's own sentences), not a repeated phrase that compresses
             -- unrealistically well: about 0.6 and 0.8 kB.
             (SELECT string_agg(t.label, '. ') FROM (SELECT label FROM rome_competences ORDER BY code_ogr
                OFFSET n * 13 LIMIT 9) t),
             (SELECT 'Situation : ' || string_agg(t.label, '. ') FROM (SELECT label FROM rome_competences
                ORDER BY code_ogr DESC OFFSET n * 17 LIMIT 12) t),
             'Le contact avec le public.', 'Les horaires.', 1 + n % 5, n, ${by}, now(), ${by}, now(), 1
        FROM (SELECT code_ogr, label, row_number() OVER (ORDER BY code_ogr) AS r FROM rome_appellations) a
        JOIN generate_series(0, ${EXPERIENCES - 1}) n ON a.r = 1 + n * 200`.execute(db);
    await sql`
      INSERT INTO portfolio_domains (organisation_id, bilan_id, label, label_key, position, created_by, created_at, updated_by, updated_at, revision)
      SELECT ${org}, ${bilanId}, 'Domaine ' || n, 'domaine ' || n, n, ${by}, now(), ${by}, now(), 1
        FROM generate_series(0, ${DOMAINS - 1}) n`.execute(db);
    // 300 competences: two in three from ROME (every 40th compétence), the others in free words.
    await sql`
      INSERT INTO portfolio_competences (organisation_id, bilan_id, kind, label, label_key, code_ogr, level, wants_to_use,
        transferable, origin, domain_id, position, created_by, created_at, updated_by, updated_at, revision)
      SELECT ${org}, ${bilanId},
             CASE WHEN n % 3 = 2 THEN 'savoir' ELSE 'savoir_faire' END,
             CASE WHEN n % 3 = 2 THEN 'Savoir libre ' || n ELSE c.label END,
             CASE WHEN n % 3 = 2 THEN 'savoir libre ' || n ELSE left(lower(c.label), 180) || ' ' || n END,
             CASE WHEN n % 3 = 2 THEN NULL ELSE c.code_ogr END,
             1 + n % 4, n % 2 = 0, n % 5 = 0, CASE WHEN n % 3 = 2 THEN 'declared' ELSE 'rome' END,
             (SELECT id FROM portfolio_domains d WHERE d.bilan_id = ${bilanId} AND d.position = n % ${DOMAINS}),
             n, ${by}, now(), ${by}, now(), 1
        FROM generate_series(0, ${COMPETENCES - 1}) n
        JOIN (SELECT code_ogr, label, row_number() OVER (ORDER BY code_ogr) - 1 AS r FROM rome_competences WHERE kind = 'competence') c
          ON c.r = n * 40`.execute(db);
    // Each competence proven by two experiences.
    await sql`
      INSERT INTO portfolio_evidence (organisation_id, bilan_id, competence_id, experience_id)
      SELECT ${org}, ${bilanId}, c.id, e.id
        FROM portfolio_competences c JOIN portfolio_experiences e
          ON e.bilan_id = c.bilan_id AND (e.position = c.position % ${EXPERIENCES} OR e.position = (c.position * 7 + 3) % ${EXPERIENCES})
       WHERE c.bilan_id = ${bilanId}`.execute(db);
    await sql`
      INSERT INTO portfolio_comments (organisation_id, bilan_id, experience_id, author_id, body, created_at)
      SELECT ${org}, ${bilanId}, (SELECT id FROM portfolio_experiences WHERE bilan_id = ${bilanId} AND position = n), ${by},
             'Commentaire ' || n || ' : une expérience riche, à relier au projet.', now()
        FROM generate_series(0, ${COMMENTS - 1}) n`.execute(db);
    const { rows: best } = await sql<{ id: string }>`
      SELECT e.id FROM portfolio_experiences e
        JOIN rome_appellations a ON a.code_ogr = e.appellation_code_ogr
       WHERE e.bilan_id = ${bilanId}
       ORDER BY (SELECT count(*) FROM rome_fiche_competences fc WHERE fc.code_rome = a.code_rome)
              + (SELECT count(*) FROM rome_fiche_savoirs fs WHERE fs.code_rome = a.code_rome) DESC, e.id
       LIMIT 1`.execute(db);
    await sql`ANALYZE`.execute(db);
    return { email: 'beneficiaire@portefeuille.fr', password, bilanId, experienceId: best[0]!.id };
  } finally {
    await db.destroy();
  }
}

interface Measured extends LoadResult {
  /** CPU time of the Sillage process per request, in ms (the load generator runs beside it). */
  appCpuMs: number;
}

async function measure(
  url: string,
  cookie: string,
  pid: number,
  connections = 50,
  generator: 'node-http' | 'autocannon' = 'node-http',
): Promise<Measured> {
  // As a browser asks: with its session and accepting a compressed answer.
  const headers = { cookie, 'accept-encoding': 'gzip, deflate, br' };
  await load(url, { connections, seconds: WARM_UP_SECONDS, headers, generator });
  const before = cpuMs(pid);
  const result = await load(url, { connections, seconds: SECONDS, headers, generator });
  return { ...result, appCpuMs: (cpuMs(pid) - before) / result.requests };
}

const row = (label: string, r: Measured) =>
  `| ${label} | ${fmt(r.p50, 2)} | ${fmt(r.p95, 2)} | ${fmt(r.p99, 2)} | ${fmt(r.rps, 0)} | ${r.requests} | ${r.errors + r.non2xx} | ${fmt(r.appCpuMs, 3)} |`;

export async function benchPortfolio(): Promise<void> {
  if (!existsSync(ROME_DIR)) {
    console.warn('Export ROME absent (../shared/data/rome ou ROME_DIR) : banc « portfolio » ignoré.');
    return;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sillage-bench-portfolio-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir, log: silentLogger() });
  try {
    const dbUrl = pg.urlFor('postgres');
    console.log('Portefeuille : catalogue ROME et amorçage…');
    const seeded = await seed(dbUrl);
    const run = async (env: Record<string, string>) => {
      const app = await startApp({ DATABASE_URL: dbUrl, JOBS: 'off', ...env });
      try {
        const cookie = await signIn(app.url, seeded.email, seeded.password);
        const portfolioUrl = `${app.url}/api/bilans/${seeded.bilanId}/portfolio`;
        const proposalsUrl = `${portfolioUrl}/experiences/${seeded.experienceId}/proposals`;
        const portfolioAnswer = await (await fetch(portfolioUrl, { headers: { cookie } })).text();
        const proposals = (await (await fetch(proposalsUrl, { headers: { cookie } })).json()) as {
          appellation: { label: string; codeRome: string };
          groups: { items: unknown[] }[];
        };
        console.log(`Portefeuille${env.READ_CACHE ? ' (sans cache)' : ''} : GET du portefeuille sous charge…`);
        const whole = await measure(portfolioUrl, cookie, app.process.pid!);
        // The same with autocannon sending the requests, to show what the generator costs (decision 039).
        const wholeByAutocannon = env.READ_CACHE
          ? undefined
          : await measure(portfolioUrl, cookie, app.process.pid!, 50, 'autocannon');
        console.log(`Portefeuille${env.READ_CACHE ? ' (sans cache)' : ''} : propositions ROME sous charge…`);
        const proposed = await measure(proposalsUrl, cookie, app.process.pid!);
        console.log(`Portefeuille${env.READ_CACHE ? ' (sans cache)' : ''} : propositions ROME, une demande à la fois…`);
        const proposedAlone = await measure(proposalsUrl, cookie, app.process.pid!, 1);
        return { portfolioAnswer, proposals, whole, wholeByAutocannon, proposed, proposedAlone };
      } finally {
        await app.stop();
      }
    };
    const cached = await run({});
    const uncached = await run({ READ_CACHE: 'off' });
    const portfolio = JSON.parse(cached.portfolioAnswer) as {
      experiences: unknown[];
      competences: { experienceIds: unknown[] }[];
      comments: unknown[];
    };
    const { proposals, whole, wholeByAutocannon, proposed, proposedAlone } = cached;
    const items = proposals.groups.reduce((n, g) => n + g.items.length, 0);
    const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
    writeSection(
      'Portfolio (issue 12)',
      `
Run on ${new Date().toISOString().slice(0, 10)} — ${machine()}. The app (\`JOBS=off\`), the embedded PostgreSQL and the load generator (Node's own HTTP client, in the bench process: decision 039) share the machine; load average (1 min) at the end of the run: ${fmt(os.loadavg()[0]!, 2)} on ${os.cpus().length} cores (other work ran on the machine when this is above ${os.cpus().length}).

A bilan in investigation whose portfolio holds ${portfolio.experiences.length} experiences (each with a ROME appellation and about 1.4 kB of varied text), ${portfolio.competences.length} competences (two in three linked to ROME, ${portfolio.competences.reduce((n, c) => n + c.experienceIds.length, 0)} evidence links), ${DOMAINS} domains and ${portfolio.comments.length} comments, on the real ROME catalogue (v460). The portfolio answers ${fmt(cached.portfolioAnswer.length / 1024, 0)} kB of JSON, ${fmt(gzipSync(cached.portfolioAnswer).length / 1024, 0)} kB as sent to a browser (gzip, compressed once per cached answer). The proposals are those of the experience whose fiche is the largest (${proposals.appellation.codeRome}, « ${proposals.appellation.label} »: ${items} items in ${proposals.groups.length} groups). Signed in as the beneficiary, asking as a browser does (accepting gzip); 50 concurrent connections (the proposals also one request at a time: what a person waits for when opening them), ${SECONDS} s after a ${WARM_UP_SECONDS} s warm-up; latencies in ms from every response. Nothing is written during the run, so with the read caches on (the default) the portfolio is built once and then served from memory; the \`READ_CACHE=off\` rows are the cost of a cache miss.

| Route | p50 | p95 | p99 | req/s | requests | errors | app CPU per request (ms) |
|---|---|---|---|---|---|---|---|
${row('`GET /api/bilans/:id/portfolio` (read caches on)', whole)}
${wholeByAutocannon ? row('the same, requests sent by autocannon instead', wholeByAutocannon) : ''}
${row('`GET /api/bilans/:id/portfolio/experiences/:itemId/proposals` (read caches on)', proposed)}
${row('`GET …/proposals`, one request at a time (read caches on)', proposedAlone)}
${row('`GET /api/bilans/:id/portfolio` with `READ_CACHE=off`', uncached.whole)}
${row('`GET …/proposals` with `READ_CACHE=off`', uncached.proposed)}
${row('`GET …/proposals`, one request at a time, `READ_CACHE=off`', uncached.proposedAlone)}

A cache miss of the portfolio is one statement that PostgreSQL turns into JSON (src/portfolio/data/portfolio-read.ts), after the session and the bilan, then ${fmt(cached.portfolioAnswer.length / 1024, 0)} kB parsed and serialised by Node; a hit checks the session and who reaches the bilan (both kept in memory until something of the organisation changes) and writes the answer serialised and compressed once. The last column is the CPU time the Sillage process spent per request (from /proc): when it is well below the interval between answers, what the latency measures is the machine shared with the load generator, which reads every answer, rather than the process. Each connection sends its next request once the previous answer has been read to its end (a closed loop, as autocannon does). autocannon parses every answer in JavaScript: on a 74 kB body it spends about 1.8 ms of CPU, seven times what the app spends producing it, which is why the row it measures is slower and why the others use Node's own client (native parser, about 0.14 ms per answer). The proposals read the bilan, the experience with its appellation and fiche (one statement), the fiche's items (kept a minute in the process) and what the portfolio holds.

Targets: portfolio p95 ≤ ${TARGETS.portfolioP95Ms} ms — **${met(whole.p95 <= TARGETS.portfolioP95Ms)}** (\`READ_CACHE=off\`: **${met(uncached.whole.p95 <= TARGETS.portfolioP95Ms)}**); ROME proposals p95 ≤ ${TARGETS.proposalsP95Ms} ms, one request at a time — **${met(proposedAlone.p95 <= TARGETS.proposalsP95Ms)}** (\`READ_CACHE=off\`: **${met(uncached.proposedAlone.p95 <= TARGETS.proposalsP95Ms)}**; under 50 connections p95 ${fmt(proposed.p95, 2)} ms).
`,
    );
    console.log(
      `Portefeuille p95 ${fmt(whole.p95, 2)} ms (${fmt(whole.rps, 0)} req/s), sans cache ${fmt(uncached.whole.p95, 2)} ms ; propositions p95 ${fmt(proposedAlone.p95, 2)} ms seules, ${fmt(proposed.p95, 2)} ms sous charge (${fmt(proposed.rps, 0)} req/s), sans cache ${fmt(uncached.proposed.p95, 2)} ms`,
    );
  } finally {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
