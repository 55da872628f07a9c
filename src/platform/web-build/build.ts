/**
 * Builds the SPA (Vite) when its sources changed since the last build, so that `npm start` on a
 * fresh clone serves the UI without a separate build step, and later starts skip the build.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger.ts';
import { importGraph } from './import-graph.ts';

export const ROOT = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../../..');
export const WEB_DIST = path.join(ROOT, 'web', 'dist');
const STAMP = path.join(WEB_DIST, '.build-hash');

/** The entry of the web interface (Vite builds from `web/index.html`, which loads it). */
export const WEB_ENTRY = path.join(ROOT, 'src', 'app', 'web', 'main.tsx');

/** A hash of everything the bundle is made of: the files the web entry reaches, and the build's own files. */
export function webSourceHash(): string {
  const files = [
    ...importGraph(WEB_ENTRY).files,
    ...readdirSync(path.join(ROOT, 'web', 'public')).map((name) => path.join(ROOT, 'web', 'public', name)),
    path.join(ROOT, 'web', 'index.html'),
    path.join(ROOT, 'vite.config.ts'),
    path.join(ROOT, 'package-lock.json'),
  ].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    if (!existsSync(file) || !statSync(file).isFile()) continue;
    hash.update(path.relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export async function ensureWebBuild(log: Logger): Promise<void> {
  const wanted = webSourceHash();
  if (
    existsSync(STAMP) &&
    readFileSync(STAMP, 'utf8').trim() === wanted &&
    existsSync(path.join(WEB_DIST, 'index.html'))
  )
    return;
  log.info('Construction de l’interface web (Vite)…');
  const started = Date.now();
  // In a child process with NODE_ENV=production, whatever the caller's environment (vitest sets
  // "test", which would give a development React build).
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`La construction de l’interface a échoué (vite build, code ${code})`)),
    );
  });
  writeFileSync(STAMP, wanted);
  log.info({ ms: Date.now() - started }, 'Interface web construite');
}
