/**
 * ROME catalogue benchmark (issue 4): full import into PostgreSQL (read, decode, validate, one
 * transaction), a second import of the same version (no-op) and the replacement by a newer one;
 * search accuracy on queries derived from the appellations; search latency in process and over
 * HTTP (the real app, 2,000 queries one after another, keep-alive).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Caches } from '../src/platform/cache/caches.ts';
import { systemClock } from '../src/platform/clock.ts';
import { createDb } from '../src/platform/db/kysely.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { silentLogger } from '../src/platform/logger.ts';
import { startEmbeddedPostgres } from '../src/platform/postgres/embedded.ts';
import { loadRomeExport } from '../src/catalog/data/rome-export/load-export.ts';
import { importRomeCatalogue } from '../src/catalog/use-cases/import-rome-catalogue.ts';
import { startApp } from '../tests/support/server.ts';
import { benchCatalogSearch } from './catalog-search.ts';
import { deriveQueries, EXTRA_VARIANTS, seededRandom, VARIANTS } from './catalog-search-queries.ts';
import { fmt, machine, percentile, writeSection } from './lib.ts';
import { ROME_DIR } from '../tests/support/rome.ts';

const TARGETS = { httpP95Ms: 10, top1: 0.8, top5: 0.95, importMs: 30_000 } as const;
const HTTP_QUERIES = 2_000;
const WARM_UP = 200;

function romeDir(): string | null {
  const dir = ROME_DIR;
  return existsSync(dir) ? dir : null;
}

const ms = (start: number) => performance.now() - start;
const pct = (x: number) => `${fmt(x * 100, 1)} %`;

export async function benchCatalog(): Promise<void> {
  const dir = romeDir();
  if (!dir) {
    console.warn('Export ROME absent (../shared/data/rome ou ROME_DIR) : banc « catalog » ignoré.');
    return;
  }

  console.log('Recherche en mémoire : lecture, index, exactitude, latence…');
  const inProcess = await benchCatalogSearch(dir);

  console.log('Import dans PostgreSQL…');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'sillage-bench-catalog-'));
  const pg = await startEmbeddedPostgres({ dataDir, log: silentLogger() });
  try {
    const url = pg.urlFor('postgres');
    const db = createDb({ connectionString: url, max: 2 });
    await migrateToLatest(db);
    const deps = { db, clock: systemClock, log: silentLogger(), caches: new Caches() };
    let start = performance.now();
    const catalog = await loadRomeExport(dir);
    const readMs = ms(start);
    const first = await importRomeCatalogue(deps, catalog, dir);
    const importMs = ms(start);
    start = performance.now();
    const again = await importRomeCatalogue(deps, await loadRomeExport(dir), dir);
    const noOpMs = ms(start);
    // A newer release replaces every row: the same data announced as the next version.
    start = performance.now();
    const next = await loadRomeExport(dir);
    next.version = { ...next.version, number: next.version.number + 1 };
    await importRomeCatalogue(deps, next, dir);
    const replaceMs = ms(start);
    await db.destroy();
    if (first.status !== 'imported' || again.status !== 'unchanged') throw new Error('Import inattendu');

    console.log('Recherche par HTTP…');
    const app = await startApp({ DATABASE_URL: url, JOBS: 'off' });
    try {
      const queries = deriveQueries(catalog.appellations, 2_500, 4);
      const random = seededRandom(11);
      const texts = Array.from(
        { length: HTTP_QUERIES + WARM_UP },
        () => queries[Math.floor(random() * queries.length)]!.text,
      );
      const ask = async (q: string) => {
        const response = await fetch(`${app.url}/api/catalog/search?q=${encodeURIComponent(q)}&limit=10`);
        if (response.status !== 200) throw new Error(`HTTP ${response.status} pour « ${q} »`);
        await response.arrayBuffer();
      };
      const startIndex = performance.now();
      await ask('boulanger');
      const firstSearchMs = ms(startIndex);
      for (const q of texts.slice(0, WARM_UP)) await ask(q);
      // Each search is paired with a bare route, so that both meet the same machine load.
      const times: number[] = [];
      const bareTimes: number[] = [];
      for (const q of texts.slice(WARM_UP)) {
        let t = performance.now();
        await (await fetch(`${app.url}/api/health`)).arrayBuffer();
        bareTimes.push(ms(t));
        t = performance.now();
        await ask(q);
        times.push(ms(t));
      }
      const stats = (list: number[]) => {
        const sorted = [...list].sort((a, b) => a - b);
        return {
          p50: percentile(sorted, 50),
          p95: percentile(sorted, 95),
          p99: percentile(sorted, 99),
          max: sorted.at(-1) ?? 0,
        };
      };
      const http = stats(times);
      const bare = stats(bareTimes);
      const load = os.loadavg()[0] ?? 0;

      const a = inProcess.accuracy;
      const met = {
        http: http.p95 <= TARGETS.httpP95Ms,
        top1: a.top1 >= TARGETS.top1,
        top5: a.top5 >= TARGETS.top5,
        import: importMs <= TARGETS.importMs,
      };
      const variantRows = [...VARIANTS, ...EXTRA_VARIANTS]
        .map((v) => {
          const r = a.byVariant[v];
          const extra = (EXTRA_VARIANTS as readonly string[]).includes(v) ? ' (extra, not in the target set)' : '';
          return `| ${v}${extra} | ${r.queries} | ${pct(r.top1)} | ${pct(r.top5)} |`;
        })
        .join('\n');
      writeSection(
        'ROME catalogue (issue 4)',
        `
Run on ${new Date().toISOString().slice(0, 10)} — ${machine()}. ROME 4.0 version ${inProcess.romeVersion} (${inProcess.fiches} fiches, ${inProcess.appellations} appellations). The app, PostgreSQL (embedded) and the client share the machine.

### Import

| Step | Time |
|---|---|
| Full import: read and decode 29 files, parse and validate, load in one transaction (\`npm run catalog:import\` without process start) | ${fmt(importMs / 1000, 2)} s (of which reading and validating ${fmt(readMs / 1000, 2)} s) |
| Same version again (read, validate, no-op) | ${fmt(noOpMs / 1000, 2)} s |
| Newer version replacing the whole catalogue (about 250,000 rows deleted and inserted, one transaction) | ${fmt(replaceMs / 1000, 2)} s |
| In-memory search indexes built from the export (jobs + skills) | ${fmt((inProcess.jobIndexBuildMs + inProcess.skillIndexBuildMs) / 1000, 2)} s |
| First search over HTTP after start (indexes loaded from the database) | ${fmt(firstSearchMs / 1000, 2)} s |

Target: full import ≤ ${TARGETS.importMs / 1000} s — **${met.import ? 'met' : 'NOT met'}**.

### Search accuracy (derived queries)

${a.sampledAppellations} appellations drawn with a fixed seed; for each, its masculine form without accents in lower case, its feminine form (when it differs), one typo, one truncated word (${a.queries} queries). Expected: the appellation's code ROME.

| Variant | Queries | First | In the first five |
|---|---|---|---|
${variantRows}
| **All four target variants** | ${a.queries} | **${pct(a.top1)}** | **${pct(a.top5)}** |

Targets: first ≥ ${pct(TARGETS.top1)} — **${met.top1 ? 'met' : 'NOT met'}**; first five ≥ ${pct(TARGETS.top5)} — **${met.top5 ? 'met' : 'NOT met'}**.

### Search latency

| Where | Queries | p50 | p95 | p99 | max |
|---|---|---|---|---|---|
| In process, jobs (\`searchJobs\`, limit 10) | ${inProcess.latency.queries} | ${fmt(inProcess.latency.p50Ms, 3)} ms | ${fmt(inProcess.latency.p95Ms, 3)} ms | ${fmt(inProcess.latency.p99Ms, 3)} ms | ${fmt(inProcess.latency.maxMs, 3)} ms |
| In process, compétences and savoirs (\`searchSkills\`) | ${inProcess.skillLatency.queries} | ${fmt(inProcess.skillLatency.p50Ms, 3)} ms | ${fmt(inProcess.skillLatency.p95Ms, 3)} ms | — | — |
| Over HTTP, \`GET /api/catalog/search?q=…&limit=10\` (one at a time, after ${WARM_UP} warm-up queries) | ${times.length} | ${fmt(http.p50, 2)} ms | ${fmt(http.p95, 2)} ms | ${fmt(http.p99, 2)} ms | ${fmt(http.max, 2)} ms |
| Over HTTP, \`GET /api/health\` (bare route, each call just before a search) | ${bareTimes.length} | ${fmt(bare.p50, 2)} ms | ${fmt(bare.p95, 2)} ms | ${fmt(bare.p99, 2)} ms | ${fmt(bare.max, 2)} ms |

Load average of the machine (1 min) at the end of the HTTP run: ${fmt(load, 2)} on ${os.cpus().length} cores (other work ran on the machine during the run when this is above 2).

Heap retained: parsed catalogue ${inProcess.memoryMb.catalog} MB (only during an import), job index ${inProcess.memoryMb.jobIndex} MB, skill index ${inProcess.memoryMb.skillIndex} MB.

Target: p95 over HTTP ≤ ${TARGETS.httpP95Ms} ms — **${met.http ? 'met' : 'NOT met'}**.
`,
      );
      console.log(
        `Import ${fmt(importMs / 1000, 2)} s · remplacement ${fmt(replaceMs / 1000, 2)} s · premier ${pct(a.top1)} · cinq premiers ${pct(a.top5)} · HTTP p95 ${fmt(http.p95, 2)} ms`,
      );
    } finally {
      await app.stop();
    }
  } finally {
    await pg.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
