/**
 * Runs the real Sillage process (`node --import tsx src/app/main.ts`) for end-to-end tests and
 * benchmarks, and waits until it serves.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface RunningApp {
  url: string;
  process: ChildProcess;
  output: string[];
  /** Milliseconds from spawn to the first successful GET of `readyPath`. */
  startedInMs: number;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** The headers a browser adds to a write sent from a page of the app at `appUrl` (the CSRF check needs them). */
export function sameOriginHeaders(appUrl: string): Record<string, string> {
  return { origin: new URL(appUrl).origin, 'sec-fetch-site': 'same-origin' };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export async function startApp(
  env: Record<string, string>,
  options: { readyPath?: string; timeoutMs?: number } = {},
): Promise<RunningApp> {
  const port = env.PORT ?? String(await freePort());
  const url = `http://localhost:${port}`;
  const started = performance.now();
  const nodeArgs = env.SILLAGE_NODE_ARGS ? env.SILLAGE_NODE_ARGS.split(' ') : [];
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/app/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: port, PUBLIC_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  let ready = false;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const response = await fetch(`${url}${options.readyPath ?? '/api/health'}`);
      if (response.ok) {
        ready = true;
        break;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const startedInMs = performance.now() - started;
  if (!ready) {
    child.kill('SIGKILL');
    throw new Error(`Sillage did not start:\n${output.join('')}`);
  }
  return {
    url,
    process: child,
    output,
    startedInMs,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null) return child.exitCode;
      child.kill(signal);
      return exited;
    },
  };
}
