/**
 * A backup of the embedded PostgreSQL while Sillage runs (docs/decisions/028-backups.md), with
 * PostgreSQL's low-level base backup API over an ordinary connection:
 *
 * 1. a temporary replication slot keeps every WAL segment from now on, whatever checkpoints
 *    happen, until the connection closes;
 * 2. `pg_backup_start(label, fast)`: an immediate checkpoint, full-page writes forced;
 * 3. a file copy of the cluster, without what PostgreSQL rebuilds at start (its documented list);
 * 4. `pg_backup_stop()`: its `backup_label` is written into the copy;
 * 5. the WAL from the backup's start to the end of what is flushed now, copied into `pg_wal`.
 *
 * The copy then starts like a server after a crash: PostgreSQL reads `backup_label`, replays that
 * WAL, and holds at least every transaction committed before `pg_backup_stop` returned.
 * The backup is written as `<dir>.partial` and renamed when complete.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from '../logger.ts';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded.ts';
import {
  BackupError,
  CLUSTER_DIR,
  CREDENTIALS_FILE,
  copyFileDurably,
  copyTree,
  fileStamp,
  flushDirectory,
  runningServer,
  writeDurably,
  type ServerCredentials,
} from './cluster-files.ts';

/** What a backup folder holds besides the cluster and its credentials. */
export const MANIFEST_FILE = 'sillage-backup.json';

export interface BackupManifest {
  format: 1;
  label: string;
  /** When `pg_backup_start` was called. */
  startedAt: string;
  /** When `pg_backup_stop` returned: every transaction committed before is in the backup. */
  consistentAt: string;
  postgresVersion: string;
  /** WAL included: from the segment of the backup's checkpoint to the last flushed one. */
  wal: { first: string; last: string; stopLsn: string };
  files: number;
  bytes: number;
}

export interface BackupResult {
  /** The backup folder (`<backupDir>/sillage-<time>`). */
  path: string;
  manifest: BackupManifest;
  /** The server was not running: it was started for the backup, then stopped. */
  startedServer: boolean;
}

export interface BackupOptions {
  /** Sillage's data directory (DATA_DIR). */
  dataDir: string;
  /** Where to write the backup folder. */
  backupDir: string;
  log: Logger;
  /** Called in backup mode, before the copy: lets a test checkpoint and switch WAL meanwhile. */
  beforeCopy?: () => Promise<void>;
}

/** Relative paths whose contents PostgreSQL rebuilds at start (documented as safe to omit). */
const EMPTIED = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
]);
/** Top-level files never copied: the running server's, and any stale label. */
const LEFT_OUT = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'backup_label.old', 'tablespace_map']);

function leftOut(relative: string): boolean {
  const name = relative.slice(relative.lastIndexOf('/') + 1);
  return LEFT_OUT.has(relative) || name.startsWith('pgsql_tmp') || name === 'pg_internal.init';
}

/** The WAL segment names from `first` to `last` (same timeline), for a given segment size. */
export function walSegments(first: string, last: string, segmentBytes: number): string[] {
  const perId = 0x1_0000_0000 / segmentBytes;
  const parse = (name: string) => ({
    timeline: name.slice(0, 8),
    number: Number.parseInt(name.slice(8, 16), 16) * perId + Number.parseInt(name.slice(16, 24), 16),
  });
  const from = parse(first);
  const to = parse(last);
  if (from.timeline !== to.timeline || to.number < from.number) {
    throw new BackupError(`Journal incohérent : ${first} … ${last} · Inconsistent WAL: ${first} … ${last}`);
  }
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(8, '0');
  const names: string[] = [];
  for (let n = from.number; n <= to.number; n++)
    names.push(`${from.timeline}${hex(Math.floor(n / perId))}${hex(n % perId)}`);
  return names;
}

async function connectionUrl(dataDir: string, port: number): Promise<string> {
  const credentials = JSON.parse(await fs.readFile(path.join(dataDir, CREDENTIALS_FILE), 'utf8')) as ServerCredentials;
  const auth = `${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}`;
  return `postgres://${auth}@127.0.0.1:${port}/postgres`;
}

export async function backupEmbeddedPostgres(options: BackupOptions): Promise<BackupResult> {
  const { dataDir, log } = options;
  const cluster = path.join(dataDir, CLUSTER_DIR);
  if (!existsSync(path.join(cluster, 'PG_VERSION'))) {
    throw new BackupError(
      `Aucune base de données embarquée dans ${dataDir} : rien à sauvegarder · No embedded database in ${dataDir}: nothing to back up`,
    );
  }
  const running = await runningServer(dataDir);
  let started: RunningPostgres | undefined;
  if (!running) started = await startEmbeddedPostgres({ dataDir, log });
  try {
    const url = await connectionUrl(dataDir, running ? running.port : started!.port);
    const result = await backupFrom(url, options);
    return { ...result, startedServer: started !== undefined };
  } finally {
    await started?.stop();
  }
}

async function backupFrom(url: string, options: BackupOptions): Promise<Omit<BackupResult, 'startedServer'>> {
  const cluster = path.join(options.dataDir, CLUSTER_DIR);
  const startedAt = new Date();
  const name = `sillage-${fileStamp(startedAt)}`;
  const target = path.join(path.resolve(options.backupDir), name);
  const partial = `${target}.partial`;
  if (existsSync(target)) {
    throw new BackupError(`${target} existe déjà · ${target} already exists`);
  }
  await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
  await fs.rm(partial, { recursive: true, force: true });
  await fs.mkdir(partial, { mode: 0o700 });
  const copy = path.join(partial, CLUSTER_DIR);

  const client = new pg.Client({ connectionString: url, application_name: 'sillage-backup' });
  client.on('error', () => undefined);
  client.on('notice', () => undefined); // "WAL archiving is not enabled…": we copy the WAL ourselves
  await client.connect();
  try {
    const slot = `sillage_backup_${randomBytes(6).toString('hex')}`;
    await client.query(`SELECT pg_create_physical_replication_slot($1, true, true)`, [slot]);
    await client.query(`SELECT pg_backup_start($1, true)`, [name]);
    let copied;
    try {
      await options.beforeCopy?.();
      copied = await copyTree(cluster, copy, {
        skip: (relative) => leftOut(relative),
        emptied: (relative) => EMPTIED.has(relative),
        // Rewritten in place at each checkpoint: never copy half of a rewrite.
        stable: (relative) => relative === 'global/pg_control',
      });
      // pg_wal's own subdirectories, empty (PostgreSQL would recreate them).
      for (const sub of ['archive_status', 'summaries'])
        await fs.mkdir(path.join(copy, 'pg_wal', sub), { mode: 0o700 });
    } catch (error) {
      await client.query(`SELECT pg_backup_stop(false)`).catch(() => undefined);
      throw error;
    }
    const {
      rows: [stop],
    } = await client.query<{ lsn: string; labelfile: string; spcmapfile: string }>(
      `SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(wait_for_archive => false)`,
    );
    const consistentAt = new Date();
    if (!stop) throw new BackupError('pg_backup_stop n’a rien renvoyé · pg_backup_stop returned nothing');
    if (stop.spcmapfile.trim() !== '') {
      throw new BackupError('Les tablespaces ne sont pas pris en charge · Tablespaces are not supported');
    }
    await writeDurably(path.join(copy, 'backup_label'), stop.labelfile);

    // The WAL the copy needs: from the backup's checkpoint to everything flushed now, which
    // includes every commit acknowledged before pg_backup_stop returned. (The last byte flushed:
    // right after pg_backup_stop's segment switch, the flush position starts a segment not yet
    // created.)
    const first = /^START WAL LOCATION: \S+ \(file ([0-9A-F]{24})\)$/m.exec(stop.labelfile)?.[1];
    if (!first) throw new BackupError('backup_label illisible · unreadable backup_label');
    const {
      rows: [end],
    } = await client.query<{ last: string; segmentBytes: string; version: string }>(
      `SELECT pg_walfile_name(pg_current_wal_flush_lsn() - 1) AS last,
              (SELECT setting FROM pg_settings WHERE name = 'wal_segment_size') AS "segmentBytes",
              current_setting('server_version') AS version`,
    );
    const segmentBytes = Number(end!.segmentBytes);
    const segments = walSegments(first, end!.last, segmentBytes);
    let walBytes = 0;
    for (const segment of segments) {
      const from = path.join(cluster, 'pg_wal', segment);
      if (!existsSync(from)) {
        throw new BackupError(
          `Le segment de journal ${segment} a disparu pendant la sauvegarde · WAL segment ${segment} vanished during the backup`,
        );
      }
      walBytes += await copyFileDurably(from, path.join(copy, 'pg_wal', segment));
    }
    await flushDirectory(path.join(copy, 'pg_wal'));

    await copyFileDurably(path.join(options.dataDir, CREDENTIALS_FILE), path.join(partial, CREDENTIALS_FILE));
    const manifest: BackupManifest = {
      format: 1,
      label: name,
      startedAt: startedAt.toISOString(),
      consistentAt: consistentAt.toISOString(),
      postgresVersion: end!.version,
      wal: { first, last: end!.last, stopLsn: stop.lsn },
      files: copied.files + segments.length + 1,
      bytes: copied.bytes + walBytes + Buffer.byteLength(stop.labelfile),
    };
    await writeDurably(path.join(partial, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    await flushDirectory(partial);
    await fs.rename(partial, target);
    await flushDirectory(path.dirname(target));
    return { path: target, manifest };
  } catch (error) {
    await fs.rm(partial, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  } finally {
    await client.end().catch(() => undefined); // drops the temporary slot
  }
}
