/**
 * The files of an embedded PostgreSQL cluster, for backups and restores
 * (docs/decisions/028-backups.md): what a Sillage data directory holds, the running server
 * recorded in `postmaster.pid`, and a copy of a directory tree that tolerates files changing or
 * vanishing under it (as they do while PostgreSQL runs) and is flushed to disk before it returns.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { isAlive } from './embedded.ts';

/** In a Sillage data directory (and in a backup): the cluster, and its server credentials. */
export const CLUSTER_DIR = 'postgres';
export const CREDENTIALS_FILE = 'postgres-credentials.json';
/** The Sillage process that started the embedded server (see embedded.ts). */
export const APP_LOCK_FILE = 'sillage.pid';

export class BackupError extends Error {
  override name = 'BackupError';
}

export interface ServerCredentials {
  user: string;
  password: string;
}

/** The PostgreSQL server running on this data directory, read from its `postmaster.pid`. */
export async function runningServer(dataDir: string): Promise<{ pid: number; port: number } | undefined> {
  const text = await fs.readFile(path.join(dataDir, CLUSTER_DIR, 'postmaster.pid'), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  // Line 1: the postmaster's PID; line 4: its port.
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? { pid, port } : undefined;
}

/** The Sillage process recorded as using this data directory, if it is alive. */
export async function runningApp(dataDir: string): Promise<number | undefined> {
  const pid = Number((await fs.readFile(path.join(dataDir, APP_LOCK_FILE), 'utf8').catch(() => '')).trim());
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) ? pid : undefined;
}

/** `2026-12-06T10-50-03Z`: a moment, usable in a file name and sorted like time. */
export function fileStamp(at: Date): string {
  return at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-');
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

export interface CopyOptions {
  /** Leave this entry out (relative path with `/`, and whether it is a directory). */
  skip?(relative: string, isDirectory: boolean): boolean;
  /** Copy this directory but none of its contents. */
  emptied?(relative: string): boolean;
  /** Give every copied file and directory to this user (a restore run as root). */
  owner?: { uid: number; gid: number } | undefined;
  /** Copy these files by reading them until two reads agree (a file rewritten in place). */
  stable?(relative: string): boolean;
}

export interface CopyStats {
  files: number;
  bytes: number;
}

async function flush(file: string): Promise<void> {
  const handle = await fs.open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Reads a small file until two successive reads are identical: never half of a rewrite. */
async function stableRead(file: string): Promise<Buffer> {
  let previous = await fs.readFile(file);
  for (let attempt = 0; attempt < 20; attempt++) {
    const next = await fs.readFile(file);
    if (next.equals(previous)) return next;
    previous = next;
  }
  throw new BackupError(`${file} change sans cesse pendant la copie · ${file} keeps changing during the copy`);
}

/**
 * Copies `from` into `to` (created, mode 0700; files 0600). A file or directory that disappears
 * meanwhile is left out; one that changes is copied as read, which is what PostgreSQL's base
 * backup expects (WAL replay repairs it). Symbolic links are refused (tablespaces are not
 * supported). Everything written is flushed to disk.
 */
export async function copyTree(from: string, to: string, options: CopyOptions = {}): Promise<CopyStats> {
  const stats: CopyStats = { files: 0, bytes: 0 };
  const directories: string[] = [];
  const files: { source: string; target: string; relative: string }[] = [];

  const makeDirectory = async (target: string) => {
    await fs.mkdir(target, { mode: 0o700 });
    if (options.owner) await fs.chown(target, options.owner.uid, options.owner.gid);
    directories.push(target);
  };
  const walk = async (source: string, target: string, relative: string): Promise<void> => {
    await makeDirectory(target);
    if (relative && options.emptied?.(relative)) return;
    let entries;
    try {
      entries = await fs.readdir(source, { withFileTypes: true });
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    for (const entry of entries) {
      const childRelative = relative ? `${relative}/${entry.name}` : entry.name;
      if (options.skip?.(childRelative, entry.isDirectory())) continue;
      const childSource = path.join(source, entry.name);
      const childTarget = path.join(target, entry.name);
      if (entry.isDirectory()) await walk(childSource, childTarget, childRelative);
      else if (entry.isFile()) files.push({ source: childSource, target: childTarget, relative: childRelative });
      else if (entry.isSymbolicLink()) {
        throw new BackupError(
          `Lien symbolique non pris en charge (tablespace ?) : ${childSource} · Symbolic link not supported (a tablespace?): ${childSource}`,
        );
      }
    }
  };
  await walk(from, to, '');

  const copyOne = async ({ source, target, relative }: (typeof files)[number]) => {
    try {
      stats.bytes += await copyFileDurably(source, target, options.owner, options.stable?.(relative));
      stats.files++;
    } catch (error) {
      if (!isMissing(error)) throw error; // else dropped meanwhile (a table, a temporary file)
    }
  };
  // A few copies at a time: a cluster is a thousand small files and a few large ones.
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < files.length) await copyOne(files[next++]!);
    }),
  );
  for (const directory of directories.reverse()) await flush(directory);
  return stats;
}

/**
 * Copies one file (0600, given to `owner` if any) and flushes it to disk; returns its size.
 * `stable`: read it until two reads agree first (a small file rewritten in place).
 */
export async function copyFileDurably(
  source: string,
  target: string,
  owner?: { uid: number; gid: number },
  stable = false,
): Promise<number> {
  if (stable) await fs.writeFile(target, await stableRead(source), { mode: 0o600 });
  else await fs.copyFile(source, target);
  await fs.chmod(target, 0o600);
  if (owner) await fs.chown(target, owner.uid, owner.gid);
  await flush(target);
  return (await fs.stat(target)).size;
}

/** Writes a small file (0600) and flushes it to disk. */
export async function writeDurably(file: string, content: string, owner?: { uid: number; gid: number }): Promise<void> {
  await fs.writeFile(file, content, { mode: 0o600 });
  if (owner) await fs.chown(file, owner.uid, owner.gid);
  await flush(file);
}

/** Flushes a directory's entries (a rename or a new file in it) to disk. */
export async function flushDirectory(directory: string): Promise<void> {
  await flush(directory);
}
