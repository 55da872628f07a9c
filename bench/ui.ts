/**
 * Interface benchmark (issue 11): the size of the JavaScript a first visit downloads before any
 * page shows (the entry chunk and what index.html preloads, gzipped), and the time from navigation
 * to the consultant's dossier on screen, in the real Chromium, on an organisation of 1,000 bilans.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import type { Browser } from 'playwright-core';
import { createDb } from '../src/platform/db/kysely.ts';
import { createLogger } from '../src/platform/logger.ts';
import { WEB_DIST, ensureWebBuild } from '../src/platform/web-build/build.ts';
import { launchChromium, chromiumPath } from '../tests/setup/browser.ts';
import { startApp } from '../tests/support/server.ts';
import { signIn, withSeededServer } from './foundation.ts';
import { fmt, machine, percentile, writeSection } from './lib.ts';

const TARGET_ENTRY_GZIP_KB = 150;
const TARGET_DOSSIER_MS = 1000;
const RUNS = 7;

interface Chunk {
  file: string;
  raw: number;
  gzip: number;
}

/** The scripts index.html loads before anything shows: its module entry and its modulepreloads. */
export function initialChunks(dist: string): { entry: Chunk; preloaded: Chunk[] } {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const entry = /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('index.html ne charge aucun script');
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const chunk = (file: string): Chunk => {
    const bytes = readFileSync(path.join(dist, file.replace(/^\//, '')));
    return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
  };
  return { entry: chunk(entry), preloaded: preloads.map(chunk) };
}

interface Visit {
  /** First contentful paint, from the navigation's start. */
  fcp: number;
  /** The dossier's heading with the beneficiary's name on screen, from the navigation's start. */
  dossier: number;
  scriptsGzip: number;
}

async function visitDossier(
  browser: Browser,
  appUrl: string,
  cookie: string,
  bilanId: string,
  lastName: string,
  warm: boolean,
): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const [name, value] = cookie.split('=') as [string, string];
  await context.addCookies([{ name, value, url: appUrl }]);
  const page = await context.newPage();
  try {
    if (warm) await page.goto(`${appUrl}/consultant/bilans/${bilanId}`, { waitUntil: 'networkidle' });
    let scriptsGzip = 0;
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      pending.push(
        response
          .body()
          .then((body) => {
            scriptsGzip += gzipSync(body).length;
          })
          .catch(() => undefined),
      );
    });
    await page.goto(`${appUrl}/consultant/bilans/${bilanId}`);
    await page.waitForFunction(
      (text) => [...document.querySelectorAll('h1')].some((h) => h.textContent?.includes(text)),
      lastName,
    );
    const timings = await page.evaluate(
      () =>
        new Promise<{ fcp: number; dossier: number }>((resolve) =>
          // The frame after the heading was inserted is the one that paints it.
          requestAnimationFrame(() => {
            const dossier = performance.now();
            const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
            resolve({ fcp, dossier });
          }),
        ),
    );
    await Promise.all(pending);
    return { ...timings, scriptsGzip };
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => fmt(bytes / 1024, 1);

export async function benchUi(): Promise<void> {
  if (!chromiumPath()) {
    console.warn('⚠ Chromium est introuvable : le banc d’essai de l’interface est ignoré.');
    return;
  }
  console.log('Construction de l’interface…');
  await ensureWebBuild(createLogger('warn'));
  const { entry, preloaded } = initialChunks(WEB_DIST);
  const initialGzip = entry.gzip + preloaded.reduce((sum, c) => sum + c.gzip, 0);

  console.log('Dossier : amorçage de 1000 bilans…');
  const visits = await withSeededServer(1000, async (url, _dir, { email, password }) => {
    const db = createDb({ connectionString: url, max: 1 });
    const bilan = await sql<{ id: string; last_name: string }>`
      SELECT b.id, u.last_name FROM bilans b
      JOIN users u ON u.id = b.beneficiary_id
      JOIN users c ON c.id = b.consultant_id
      WHERE c.email = ${email} AND b.phase = 'investigation' ORDER BY u.last_name LIMIT 1`.execute(db);
    await db.destroy();
    const { id, last_name: lastName } = bilan.rows[0]!;
    const app = await startApp({ DATABASE_URL: url });
    const browser = await launchChromium();
    try {
      const cookie = await signIn(app.url, email, password);
      // One visit first so that the server's statements are prepared and its caches filled.
      await visitDossier(browser, app.url, cookie, id, lastName, false);
      const cold: Visit[] = [];
      const warm: Visit[] = [];
      for (let i = 0; i < RUNS; i++) {
        cold.push(await visitDossier(browser, app.url, cookie, id, lastName, false));
        warm.push(await visitDossier(browser, app.url, cookie, id, lastName, true));
      }
      return { cold, warm };
    } finally {
      await browser.close();
      await app.stop();
    }
  });

  const stats = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return { median: percentile(sorted, 50), max: sorted[sorted.length - 1]! };
  };
  const coldDossier = stats(visits.cold.map((v) => v.dossier));
  const coldFcp = stats(visits.cold.map((v) => v.fcp));
  const warmDossier = stats(visits.warm.map((v) => v.dossier));
  const warmFcp = stats(visits.warm.map((v) => v.fcp));
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const ms = (n: number) => `${fmt(n, 0)} ms`;

  writeSection(
    'Interface (issue 11)',
    `
Run on ${new Date().toISOString().slice(0, 10)} — ${machine()}. The app, PostgreSQL and Chromium (headless, \`--disable-gpu\`) share the machine.

### JavaScript before the first page (production build, gzip level 6)

| Script | Size | Gzipped |
|---|---|---|
| Entry chunk \`${path.basename(entry.file)}\` | ${kb(entry.raw)} kB | ${kb(entry.gzip)} kB |
${preloaded.map((c) => `| Preloaded \`${path.basename(c.file)}\` | ${kb(c.raw)} kB | ${kb(c.gzip)} kB |`).join('\n')}
| **All scripts index.html loads** | | **${kb(initialGzip)} kB** |

Target: the first JavaScript chunk ≤ ${TARGET_ENTRY_GZIP_KB} kB gzipped — **${met(entry.gzip / 1024 <= TARGET_ENTRY_GZIP_KB)}**.

### The consultant's dossier, from navigation to the dossier on screen

A consultant of an organisation with 1,000 bilans opens the dossier of a bilan in investigation
(\`/consultant/bilans/:id\`), ${RUNS} times each: *cold* in a fresh browser context (empty HTTP
cache, the session cookie only), *warm* after a first visit (scripts in the browser's cache). The
dossier counts as shown in the frame after its heading, with the beneficiary's name, is in the page.

| Visit | First contentful paint (median / max) | Dossier shown (median / max) | Scripts the page ran, gzipped |
|---|---|---|---|
| Cold | ${ms(coldFcp.median)} / ${ms(coldFcp.max)} | ${ms(coldDossier.median)} / ${ms(coldDossier.max)} | ${kb(visits.cold[0]!.scriptsGzip)} kB |
| Warm | ${ms(warmFcp.median)} / ${ms(warmFcp.max)} | ${ms(warmDossier.median)} / ${ms(warmDossier.max)} | ${kb(visits.warm[0]!.scriptsGzip)} kB |

Target: the dossier's first paint ≤ ${TARGET_DOSSIER_MS} ms on this machine, cold, every run — first contentful paint **${met(coldFcp.max <= TARGET_DOSSIER_MS)}**; the dossier itself (its heading with the beneficiary's name) **${met(coldDossier.max <= TARGET_DOSSIER_MS)}** cold, **${met(warmDossier.max <= TARGET_DOSSIER_MS)}** warm.
`,
  );
}
