import { pathToFileURL } from 'node:url';
import { readRomeExport } from '../src/catalog/data/rome-export/read-export.ts';
import { buildJobSearchIndex, searchJobs } from '../src/catalog/domain/search/job-search.ts';
import { buildSkillSearchIndex, searchSkills } from '../src/catalog/domain/search/skill-search.ts';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { deriveQueries, EXTRA_VARIANTS, seededRandom, VARIANTS, type Variant } from './catalog-search-queries.ts';
import { ROME_DIR } from '../tests/support/rome.ts';

export interface AccuracyFigures {
  queries: number;
  /** Share of queries whose expected code ROME is the first result. */
  top1: number;
  /** Share of queries whose expected code ROME is among the first five. */
  top5: number;
}

export interface CatalogSearchBenchFigures {
  romeVersion: number;
  fiches: number;
  appellations: number;
  /** Reading, decoding, parsing and validating the whole export. */
  parseMs: number;
  jobIndexBuildMs: number;
  skillIndexBuildMs: number;
  /** parseMs + both index builds: the in-process part of a full import. */
  importMs: number;
  /** Heap retained by the parsed catalogue and by the two indexes, after a full GC. */
  memoryMb: { catalog: number; jobIndex: number; skillIndex: number };
  /** Over the four target variants; `byVariant` also gives the extra two-typo variant. */
  accuracy: AccuracyFigures & { sampledAppellations: number; byVariant: Record<Variant, AccuracyFigures> };
  latency: { queries: number; p50Ms: number; p95Ms: number; p99Ms: number; maxMs: number };
  skillLatency: { queries: number; p50Ms: number; p95Ms: number };
  targets: { top1: number; top5: number; p95Ms: number; importMs: number };
  targetsMet: boolean;
}

const SAMPLE_SIZE = 2_500;
const SEED = 4;
const LATENCY_QUERIES = 2_000;
const WARM_UP_QUERIES = 300;
const TARGETS = { top1: 0.8, top5: 0.95, p95Ms: 2, importMs: 30_000 } as const;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Heap used after a full garbage collection, in MB (the collector is exposed for the bench only). */
function settledHeapMb(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed / 1e6;
}

function timeQueries(texts: string[], run: (text: string) => unknown): number[] {
  for (const text of texts.slice(0, WARM_UP_QUERIES)) run(text);
  const times = texts.map((text) => {
    const start = performance.now();
    run(text);
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b);
}

/**
 * Parses the export in `romeDir`, builds the indexes, and measures accuracy (on queries derived
 * from `sampleSize` appellations drawn with a fixed seed; Infinity for all) and latency.
 */
export async function benchCatalogSearch(
  romeDir: string,
  options: { sampleSize?: number } = {},
): Promise<CatalogSearchBenchFigures> {
  const sampleSize = options.sampleSize ?? SAMPLE_SIZE;
  const heap0 = settledHeapMb();
  let start = performance.now();
  const { catalog } = await readRomeExport(romeDir);
  const parseMs = performance.now() - start;
  const heap1 = settledHeapMb();
  start = performance.now();
  const jobs = buildJobSearchIndex(catalog);
  const jobIndexBuildMs = performance.now() - start;
  const heap2 = settledHeapMb();
  start = performance.now();
  const skills = buildSkillSearchIndex(catalog);
  const skillIndexBuildMs = performance.now() - start;
  const heap3 = settledHeapMb();

  const queries = deriveQueries(catalog.appellations, sampleSize, SEED);
  const tally = new Map<Variant | 'all', { queries: number; top1: number; top5: number }>();
  for (const query of queries) {
    const codes = searchJobs(jobs, query.text, { limit: 5 }).map((r) => r.codeRome);
    const keys = (VARIANTS as readonly Variant[]).includes(query.variant)
      ? ([query.variant, 'all'] as const)
      : ([query.variant] as const);
    for (const key of keys) {
      const t = tally.get(key) ?? { queries: 0, top1: 0, top5: 0 };
      t.queries++;
      if (codes[0] === query.expected) t.top1++;
      if (codes.includes(query.expected)) t.top5++;
      tally.set(key, t);
    }
  }
  const share = (key: Variant | 'all'): AccuracyFigures => {
    const t = tally.get(key) ?? { queries: 0, top1: 0, top5: 0 };
    return {
      queries: t.queries,
      top1: round(t.top1 / Math.max(1, t.queries)),
      top5: round(t.top5 / Math.max(1, t.queries)),
    };
  };

  const random = seededRandom(SEED + 1);
  const latencyTexts = Array.from(
    { length: LATENCY_QUERIES },
    () => (queries[Math.floor(random() * queries.length)] as (typeof queries)[number]).text,
  );
  const jobTimes = timeQueries(latencyTexts, (text) => searchJobs(jobs, text, { limit: 10 }));
  const skillTexts = Array.from({ length: LATENCY_QUERIES }, () => {
    const c = catalog.competences[Math.floor(random() * catalog.competences.length)];
    return (c?.label ?? '').toLowerCase().split(' ').slice(0, 3).join(' ');
  });
  const skillTimes = timeQueries(skillTexts, (text) => searchSkills(skills, text, { limit: 10 }));

  const all = share('all');
  const latency = {
    queries: jobTimes.length,
    p50Ms: round(percentile(jobTimes, 50)),
    p95Ms: round(percentile(jobTimes, 95)),
    p99Ms: round(percentile(jobTimes, 99)),
    maxMs: round(jobTimes.at(-1) ?? 0),
  };
  const importMs = parseMs + jobIndexBuildMs + skillIndexBuildMs;
  return {
    romeVersion: catalog.version.number,
    fiches: catalog.fiches.length,
    appellations: catalog.appellations.length,
    parseMs: Math.round(parseMs),
    jobIndexBuildMs: Math.round(jobIndexBuildMs),
    skillIndexBuildMs: Math.round(skillIndexBuildMs),
    importMs: Math.round(importMs),
    memoryMb: {
      catalog: Math.round(heap1 - heap0),
      jobIndex: Math.round(heap2 - heap1),
      skillIndex: Math.round(heap3 - heap2),
    },
    accuracy: {
      ...all,
      sampledAppellations: Math.min(sampleSize, catalog.appellations.length),
      byVariant: Object.fromEntries([...VARIANTS, ...EXTRA_VARIANTS].map((v) => [v, share(v)])) as Record<
        Variant,
        AccuracyFigures
      >,
    },
    latency,
    skillLatency: {
      queries: skillTimes.length,
      p50Ms: round(percentile(skillTimes, 50)),
      p95Ms: round(percentile(skillTimes, 95)),
    },
    targets: TARGETS,
    targetsMet:
      all.top1 >= TARGETS.top1 &&
      all.top5 >= TARGETS.top5 &&
      latency.p95Ms <= TARGETS.p95Ms &&
      importMs <= TARGETS.importMs,
  };
}

function printFigures(f: CatalogSearchBenchFigures): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  console.log(`ROME version ${f.romeVersion}: ${f.fiches} fiches, ${f.appellations} appellations`);
  console.log(
    `Parse ${f.parseMs} ms · job index ${f.jobIndexBuildMs} ms · skill index ${f.skillIndexBuildMs} ms · import (in-process) ${f.importMs} ms`,
  );
  console.log(
    `Heap: catalogue ${f.memoryMb.catalog} MB · job index ${f.memoryMb.jobIndex} MB · skill index ${f.memoryMb.skillIndex} MB`,
  );
  console.log(
    `Accuracy over ${f.accuracy.queries} derived queries (${f.accuracy.sampledAppellations} appellations): first ${pct(f.accuracy.top1)} · top 5 ${pct(f.accuracy.top5)}`,
  );
  for (const v of [...VARIANTS, ...EXTRA_VARIANTS]) {
    const a = f.accuracy.byVariant[v];
    const extra = (EXTRA_VARIANTS as readonly string[]).includes(v) ? ' (extra, not in the target set)' : '';
    console.log(
      `  ${v.padEnd(13)} ${String(a.queries).padStart(5)} queries · first ${pct(a.top1)} · top 5 ${pct(a.top5)}${extra}`,
    );
  }
  console.log(
    `Job search latency (${f.latency.queries} queries): p50 ${f.latency.p50Ms} ms · p95 ${f.latency.p95Ms} ms · p99 ${f.latency.p99Ms} ms · max ${f.latency.maxMs} ms`,
  );
  console.log(
    `Skill search latency (${f.skillLatency.queries} queries): p50 ${f.skillLatency.p50Ms} ms · p95 ${f.skillLatency.p95Ms} ms`,
  );
  console.log(
    `Targets (first ≥ ${pct(f.targets.top1)}, top 5 ≥ ${pct(f.targets.top5)}, p95 ≤ ${f.targets.p95Ms} ms, import ≤ ${f.targets.importMs} ms): ${f.targetsMet ? 'met' : 'NOT met'}`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // npx tsx bench/catalog-search.ts [romeDir] [--all]  (--all: every appellation, not a sample)
  const args = process.argv.slice(2);
  const romeDir = args.find((a) => !a.startsWith('--')) ?? ROME_DIR;
  const figures = await benchCatalogSearch(romeDir, args.includes('--all') ? { sampleSize: Infinity } : {});
  printFigures(figures);
  console.log(JSON.stringify(figures));
}
