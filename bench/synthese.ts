/**
 * Synthesis outputs benchmark (issue 14): the twelve-page synthesis with two charts
 * (`src/synthese/domain/fixture.ts`) rendered by Typst (tagged, PDF/UA-1) warm and cold, against
 * headless Chromium printing the same document as an HTML page in the same run, and as a DOCX.
 * Targets: Typst warm p95 ≤ 50 ms, cold ≤ 1 s, ratio to Chromium reported (aim ≥ 10×); DOCX p95
 * ≤ 100 ms.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PdfBlock, PdfDocument } from '../src/documents/domain/model.ts';
import { renderDocx } from '../src/platform/docx/docx.ts';
import { renderPdf } from '../src/platform/pdf/typst.ts';
import { sampleSyntheseContent } from '../src/synthese/domain/fixture.ts';
import { buildSynthesePdf } from '../src/synthese/domain/synthese-pdf.ts';
import { chromiumPath, launchChromium } from '../tests/setup/browser.ts';
import { ROOT } from '../tests/support/server.ts';
import { fmt, machine, percentile, writeSection } from './lib.ts';

const TARGETS = { typstWarmP95Ms: 50, typstColdMs: 1000, ratio: 10, docxP95Ms: 100 } as const;
const WARM_RUNS = 60;
const CHROMIUM_RUNS = 50;
const COLD_RUNS = 5;

interface Stats {
  p50: number;
  p95: number;
  max: number;
  runs: number;
}

function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1)!, runs: values.length };
}

/** Wall-clock statistics of `runs` calls, and the CPU time (user + system) this process spent per call. */
async function timed(runs: number, once: () => unknown): Promise<Stats & { cpuMs: number }> {
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await once();
    times.push(performance.now() - started);
  }
  const used = process.cpuUsage(cpu);
  return { ...stats(times), cpuMs: (used.user + used.system) / 1000 / runs };
}

/** Pages of a PDF through poppler's pdfinfo (null without it). */
function pages(pdf: Buffer): number | null {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sillage-bench-'));
  try {
    const file = path.join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8');
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? Number.NaN);
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface ColdRun {
  processMs: number;
  /** From the child's own time origin (set as Node starts) to the PDF rendered. */
  sinceStartMs: number;
  loadMs: number;
  renderMs: number;
}

/** A fresh `node --import tsx` process rendering once; timed from spawn to the line it prints. */
function coldRun(): Promise<ColdRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'synthese-cold.ts')], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (!out.includes('\n')) return;
      const processMs = performance.now() - started;
      const line = JSON.parse(out.split('\n')[0]!) as {
        loadMs: number;
        renderMs: number;
        bytes: number;
        sinceProcessStartMs: number;
      };
      if (line.bytes < 1000) reject(new Error('cold render: no PDF'));
      resolve({ processMs, sinceStartMs: line.sinceProcessStartMs, loadMs: line.loadMs, renderMs: line.renderMs });
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? undefined : reject(new Error(`cold render exited with ${code}`))));
  });
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const lines = (text: string) => text.split('\n').map(escape).join('<br>');
const number = (value: number) => String(value).replace('.', ',');

function blockHtml(block: PdfBlock): string {
  switch (block.type) {
    case 'heading':
      return `<h2>${escape(block.text)}</h2>`;
    case 'subheading':
      return `<h3>${escape(block.text)}</h3>`;
    case 'paragraph':
      return `<p>${lines(block.text)}</p>`;
    case 'list':
      return `<ul>${block.items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`;
    case 'fields':
      return `<table>${block.rows.map(([l, v]) => `<tr><th scope="row">${escape(l)}</th><td>${lines(v)}</td></tr>`).join('')}</table>`;
    case 'table':
      return `<table><thead><tr>${block.header.map((h) => `<th scope="col">${escape(h)}</th>`).join('')}</tr></thead><tbody>${block.rows
        .map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
    case 'entry':
      return `<section class="entry"><p class="entry-title">${escape(block.title)}</p><dl>${block.rows
        .map(([l, v]) => `<dt>${escape(l)}</dt><dd>${lines(v)}</dd>`)
        .join('')}</dl></section>`;
    case 'chart':
      return `<figure role="img" aria-label="${escape(block.alt)}"><figcaption>${escape(block.title)}</figcaption><div class="bars">${block.bars
        .map(
          (b) =>
            `<span>${escape(b.label)}</span><span><i style="width:${block.max > 0 ? Math.max(0, Math.min(1, b.value / block.max)) * 80 : 0}%"></i> ${number(b.value)}&nbsp;${escape(block.unit)}</span>`,
        )
        .join('')}</div></figure>`;
  }
}

/** The same document as an HTML page, laid out as the Typst layout does (A4, 2 cm margins). */
export function documentHtml(document: PdfDocument): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escape(document.title)}</title><style>
@page { size: A4; margin: 2cm 2cm 2.2cm; }
body { font: 10pt/1.3 "Libertinus Serif", "Liberation Serif", serif; color: #1b1b1b; margin: 0; }
header { display: grid; grid-template-columns: 1fr 1fr; border-bottom: 1.2pt solid #999; padding-bottom: .4em; }
header .meta { text-align: right; }
h1 { font-size: 16pt; margin: .8em 0 .2em; } h2 { font-size: 11.5pt; border-bottom: .6pt solid #999; padding-bottom: 3pt; margin: 1.2em 0 .7em; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 1.2em 0 .7em; break-after: avoid; } p { margin: 0 0 .6em; text-align: left; }
table { border-collapse: collapse; width: 100%; } th, td { border: .4pt solid #999; padding: 5pt; text-align: left; }
.entry { border-left: 1.2pt solid #999; padding: 2pt 8pt; margin: .9em 0; } .entry-title { font-weight: bold; margin-bottom: .5em; }
dl { display: grid; grid-template-columns: auto 1fr; gap: .5em .9em; margin: 0; } dt { color: #444; } dd { margin: 0; }
figure { margin: 1.1em 0; break-inside: avoid; } figcaption { font-weight: bold; margin-bottom: .4em; }
.bars { display: grid; grid-template-columns: auto 1fr; gap: .5em .9em; align-items: center; }
.bars i { display: inline-block; height: .85em; background: #1b1b1b; vertical-align: middle; }
</style></head><body>
<header><div><strong>${escape(document.organisation.name)}</strong><br>${document.organisation.lines.map(escape).join('<br>')}</div><div class="meta">${document.meta.map(escape).join('<br>')}</div></header>
<main><h1>${escape(document.title)}</h1>${document.subtitle ? `<p>${escape(document.subtitle)}</p>` : ''}
${document.blocks.map(blockHtml).join('\n')}</main></body></html>`;
}

function footerTemplate(footer: string): string {
  return `<div style="font: 7.5pt serif; color: #444; width: 100%; margin: 0 2cm; display: flex; justify-content: space-between;"><span>${escape(footer)}</span><span>Page <span class="pageNumber"></span> sur <span class="totalPages"></span></span></div>`;
}

export async function benchSynthese(): Promise<void> {
  const document = buildSynthesePdf(sampleSyntheseContent());
  const ms = (n: number) => `${fmt(n, 1)} ms`;
  const met = (ok: boolean) => (ok ? '**met**' : '**NOT met**');

  console.log('Typst : rendus à froid (un processus neuf chacun)…');
  const colds: ColdRun[] = [];
  for (let i = 0; i < COLD_RUNS; i++) colds.push(await coldRun());
  const coldProcess = stats(colds.map((c) => c.processMs));
  const coldSinceStart = stats(colds.map((c) => c.sinceStartMs));
  const coldLoad = stats(colds.map((c) => c.loadMs));
  const coldRender = stats(colds.map((c) => c.renderMs));

  console.log('Typst : rendus à chaud…');
  const firstStarted = performance.now();
  const pdf = renderPdf(document); // this process's first render: compiler creation and fonts
  const firstInProcess = performance.now() - firstStarted;
  const typstWarm = await timed(WARM_RUNS, () => renderPdf(document));
  const typstPages = pages(pdf);
  const pdfUa = /pdfuaid:part>1</.test(pdf.toString('latin1'));

  console.log('DOCX…');
  const docxFirstStarted = performance.now();
  const docx = await renderDocx(document);
  const docxFirst = performance.now() - docxFirstStarted;
  const docxWarm = await timed(WARM_RUNS, () => renderDocx(document));

  let chromium: { warm: Stats; cold: Stats; pages: number | null; bytes: number } | null = null;
  if (!chromiumPath()) {
    console.warn('⚠ Chromium est introuvable : la comparaison avec Chromium est ignorée.');
  } else {
    console.log('Chromium : impression de la même page HTML…');
    const html = documentHtml(document);
    const options = {
      format: 'A4' as const,
      margin: { top: '2cm', bottom: '2.2cm', left: '2cm', right: '2cm' },
      printBackground: true,
      tagged: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerTemplate(document.footer),
    };
    // Cold: a browser launched, a page opened, the HTML laid out and printed.
    const coldTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const browser = await launchChromium();
      const page = await browser.newPage();
      await page.setContent(html);
      await page.pdf(options);
      coldTimes.push(performance.now() - started);
      await browser.close();
    }
    // Warm: one browser and one page; each render lays the HTML out again and prints it, as each
    // Typst render compiles the document again.
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent(html);
      const printed = await page.pdf(options);
      const warm = await timed(CHROMIUM_RUNS, async () => {
        await page.setContent(html);
        await page.pdf(options);
      });
      chromium = { warm, cold: stats(coldTimes), pages: pages(printed), bytes: printed.length };
    } finally {
      await browser.close();
    }
  }

  const ratioWarm = chromium ? chromium.warm.p95 / typstWarm.p95 : null;
  const ratioCold = chromium ? chromium.cold.p50 / coldProcess.p50 : null;
  const load = os.loadavg()[0]!;
  const row = (name: string, s: Stats) => `| ${name} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.max)} | ${s.runs} |`;
  const rows = [
    row('Typst PDF, warm (the compiler kept by the process)', typstWarm),
    row('Typst PDF, cold: a fresh `node --import tsx` process, from spawn to the PDF rendered', coldProcess),
    row('… from the process’s own start (its time origin) to the PDF rendered', coldSinceStart),
    row('… of which loading the modules (tsx, the renderer, the Typst binding)', coldLoad),
    row('… of which the first render (compiler creation, fonts, first compilation)', coldRender),
    ...(chromium
      ? [
          row('Chromium PDF, warm: `setContent` of the same HTML + `page.pdf({ tagged: true })`', chromium.warm),
          row('Chromium PDF, cold: browser launch, new page, `setContent`, `page.pdf`', chromium.cold),
        ]
      : ['| Chromium PDF | not measured: Chromium not found | | | |']),
    row('DOCX (the `docx` library, `Packer.toBuffer`)', docxWarm),
  ];

  writeSection(
    'Synthesis outputs (issue 14)',
    `
Run on ${new Date().toISOString().slice(0, 10)} — ${machine()}; load average (1 min) at the end of the run: ${fmt(load, 2)} on ${os.cpus().length} cores (other work ran on the machine when this is above ${os.cpus().length}).

The document de synthèse of the fixture (\`src/synthese/domain/fixture.ts\`): seven sections of varied French text, the RIASEC profile and the pistes as bar charts, six action steps over three horizons — ${typstPages ?? '?'} A4 pages from Typst (${fmt(pdf.length / 1024, 0)} kB, tagged${pdfUa ? ', PDF/UA-1' : ''}), built once by \`buildSynthesePdf\` and rendered from the same \`PdfDocument\` by each renderer, in the same process and run.

| Render | p50 | p95 | max | runs |
|---|---|---|---|---|
${rows.join('\n')}

This bench process's own first Typst render took ${ms(firstInProcess)} (after the cold runs had warmed the file cache), its first DOCX ${ms(docxFirst)} (${fmt(docx.length / 1024, 0)} kB).${chromium ? ` Chromium's PDF has ${chromium.pages ?? '?'} pages (${fmt(chromium.bytes / 1024, 0)} kB): its HTML is built from the same blocks (\`documentHtml\` in bench/synthese.ts), escaped, with the layout's A4 page, margins, sizes and footer; Chromium has no Libertinus Serif (Typst embeds its own copy), so it sets the text in Liberation Serif and the page count differs.` : ''}

${chromium ? `Ratio Chromium / Typst: warm p95 **× ${fmt(ratioWarm!, 1)}**; cold medians (Chromium's launch against a whole fresh Node process) × ${fmt(ratioCold!, 1)}.` : 'Ratio: not measured (Chromium absent).'}

CPU time per render spent by this process (user + system, less sensitive than latency to whatever else the machine runs): Typst ${ms(typstWarm.cpuMs)}, DOCX ${ms(docxWarm.cpuMs)}.

Targets: Typst warm p95 ≤ ${TARGETS.typstWarmP95Ms} ms — ${met(typstWarm.p95 <= TARGETS.typstWarmP95Ms)}; cold ≤ 1 s — read as the first render of a fresh compiler (what the first synthesis after the server starts costs: the process creates its compiler on the first PDF), worst of ${COLD_RUNS}: ${ms(coldRender.max)} — ${met(coldRender.max <= TARGETS.typstColdMs)}; read as a whole fresh Node process from spawn to the PDF, median ${ms(coldProcess.p50)} — ${met(coldProcess.p50 <= TARGETS.typstColdMs)}; ratio Chromium / Typst ≥ ${TARGETS.ratio}× on the warm p95 — ${ratioWarm === null ? 'not measured' : met(ratioWarm >= TARGETS.ratio)}; DOCX p95 ≤ ${TARGETS.docxP95Ms} ms — ${met(docxWarm.p95 <= TARGETS.docxP95Ms)}.
`,
  );
}
