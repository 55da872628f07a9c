/**
 * Benchmark helpers: percentiles, a closed-loop load run that records every response time (with
 * autocannon, which itself reports p97.5 and not p95, or with Node's own HTTP client for large
 * answers: decision 039), and the results file.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { ROOT } from '../tests/support/server.ts';

export const RESULTS = path.join(ROOT, 'bench', 'results.md');

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

type LoadOptions = (
  | { connections: number; seconds: number }
  | {
      connections: number;
      /** Sends this many requests instead of running for a duration. */
      amount: number;
    }
) & {
  headers?: Record<string, string>;
  /** GET by default; a POST sends `body` (JSON: set its content type in `headers`). */
  method?: 'GET' | 'POST';
  body?: string;
  /**
   * Who sends the requests. autocannon parses answers in JavaScript and spends about 1.8 ms of CPU
   * on a 74 kB body, more than the app spends answering it, so on a shared machine it measures
   * itself; Node's own client (a native parser) spends about 0.14 ms. Decision 039.
   */
  generator?: 'autocannon' | 'node-http';
};

export async function load(url: string, options: LoadOptions): Promise<LoadResult> {
  const started = performance.now();
  const run =
    options.generator === 'node-http' ? await loadWithNodeHttp(url, options) : await loadWithAutocannon(url, options);
  const seconds = 'amount' in options ? (performance.now() - started) / 1000 : options.seconds;
  const latencies = run.latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: run.errors,
    non2xx: run.non2xx,
  };
}

interface RawRun {
  latencies: number[];
  errors: number;
  non2xx: number;
}

async function loadWithAutocannon(url: string, options: LoadOptions): Promise<RawRun> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: options.connections,
        ...('amount' in options ? { amount: options.amount } : { duration: options.seconds }),
        headers: options.headers ?? {},
        method: options.method ?? 'GET',
        ...(options.body === undefined ? {} : { body: options.body }),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return { latencies, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

/**
 * The same closed loop as autocannon's: each connection (kept alive) sends its next request when
 * the previous answer has been read to its end; the latency runs from the request to that end.
 */
async function loadWithNodeHttp(url: string, options: LoadOptions): Promise<RawRun> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const run: RawRun = { latencies: [], errors: 0, non2xx: 0 };
  const deadline = 'amount' in options ? Number.POSITIVE_INFINITY : performance.now() + options.seconds * 1000;
  let left = 'amount' in options ? options.amount : Number.POSITIVE_INFINITY;
  const method = options.method ?? 'GET';
  const headers = {
    ...options.headers,
    ...(options.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(options.body)) }),
  };
  const once = () =>
    new Promise<void>((resolve) => {
      const sent = performance.now();
      const request = http.request(url, { agent, method, headers }, (response) => {
        response.on('data', () => {});
        response.on('end', () => {
          run.latencies.push(performance.now() - sent);
          if (response.statusCode === undefined || response.statusCode < 200 || response.statusCode > 299) run.non2xx++;
          resolve();
        });
        response.on('error', () => (run.errors++, resolve()));
      });
      request.setTimeout(10_000, () => request.destroy(new Error('timeout')));
      request.on('error', () => (run.errors++, resolve()));
      request.end(options.body);
    });
  try {
    await Promise.all(
      Array.from({ length: options.connections }, async () => {
        while (performance.now() < deadline && left-- > 0) await once();
      }),
    );
  } finally {
    agent.destroy();
  }
  return run;
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'inconnu';
  return `${os.cpus().length} cœurs (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} Gio, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

/** Replaces the section `## <title>` of bench/results.md (or appends it). */
export function writeSection(title: string, body: string): void {
  const header =
    '# Benchmark results\n\nWritten by `npm run bench`; each section is replaced when its benchmark runs again.\n';
  const current = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : header;
  const section = `## ${title}\n\n${body.trim()}\n`;
  const pattern = new RegExp(`## ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n[\\s\\S]*?(?=\\n## |$)`);
  const next = pattern.test(current)
    ? current.replace(pattern, section.trimEnd() + '\n')
    : `${current.trimEnd()}\n\n${section}`;
  writeFileSync(RESULTS, next.trimEnd() + '\n');
}

export const fmt = (n: number, digits = 1) =>
  n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** CPU time (user + system) a process has used, in ms, from /proc (Linux); 0 once it is gone. */
export function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}
const CLOCK_TICKS_PER_SECOND = 100;

/** A process and its children (e.g. a PostgreSQL server and its backends). */
export function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      parents.set(Number(entry), Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++)
    for (const [pid, parent] of parents) if (parent === tree[i] && !tree.includes(pid)) tree.push(pid);
  return tree;
}

/** Resident and peak resident memory of a process, in MB (VmRSS, VmHWM). */
export function residentMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}
