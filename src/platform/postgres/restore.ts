/**
 * Puts a backup of the embedded PostgreSQL in place (docs/decisions/028-backups.md), Sillage
 * stopped: the backup is copied beside the data (`postgres.restoring`), the current cluster and
 * credentials are moved aside into `before-restore-<time>/` (never deleted), and the copy takes
 * their place. The next start of the embedded server finds the backup's `backup_label` and
 * replays the backup's WAL before it accepts connections.
 */
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { serverUser } from './embedded.ts';
import { MANIFEST_FILE, type BackupManifest } from './backup.ts';
import {
  BackupError,
  CLUSTER_DIR,
  CREDENTIALS_FILE,
  copyFileDurably,
  copyTree,
  fileStamp,
  flushDirectory,
  runningApp,
  runningServer,
} from './cluster-files.ts';

export interface RestoreResult {
  manifest: BackupManifest;
  /** Where the data that was in place now lies, if there was any. */
  previous: string | undefined;
}

/** Reads and checks a backup folder; explains what is wrong with it otherwise. */
async function readBackup(from: string): Promise<BackupManifest> {
  const manifestFile = path.join(from, MANIFEST_FILE);
  if (!existsSync(manifestFile)) {
    const inside = existsSync(from) ? (await fs.readdir(from)).filter((name) => /^sillage-.*Z$/.test(name)).sort() : [];
    const hint = inside.length
      ? ` Ce dossier contient des sauvegardes, choisissez-en une · This folder holds backups, choose one:\n${inside.map((n) => `  ${path.join(from, n)}`).join('\n')}`
      : '';
    throw new BackupError(`${from} n’est pas une sauvegarde de Sillage · ${from} is not a Sillage backup.${hint}`);
  }
  const manifest = JSON.parse(await fs.readFile(manifestFile, 'utf8')) as BackupManifest;
  const needed = [
    path.join(CLUSTER_DIR, 'PG_VERSION'),
    path.join(CLUSTER_DIR, 'backup_label'),
    path.join(CLUSTER_DIR, 'global', 'pg_control'),
    path.join(CLUSTER_DIR, 'pg_wal', manifest.wal.first),
    path.join(CLUSTER_DIR, 'pg_wal', manifest.wal.last),
    CREDENTIALS_FILE,
  ];
  const missing = needed.filter((file) => !existsSync(path.join(from, file)));
  if (manifest.format !== 1 || missing.length > 0) {
    throw new BackupError(
      `Sauvegarde incomplète ou illisible, il manque : ${missing.join(', ') || 'format'} · Incomplete or unreadable backup, missing: ${missing.join(', ') || 'format'}`,
    );
  }
  return manifest;
}

export async function restoreEmbeddedPostgres(options: { dataDir: string; from: string }): Promise<RestoreResult> {
  const dataDir = path.resolve(options.dataDir);
  const from = path.resolve(options.from);
  const manifest = await readBackup(from);

  const server = await runningServer(dataDir);
  const app = await runningApp(dataDir);
  if (server || app) {
    const pid = server?.pid ?? app;
    throw new BackupError(
      `Sillage ou son PostgreSQL (PID ${pid}) fonctionne encore sur ${dataDir} : arrêtez-le (Ctrl-C ou SIGTERM), puis relancez la restauration · ` +
        `Sillage or its PostgreSQL (PID ${pid}) is still running on ${dataDir}: stop it (Ctrl-C or SIGTERM), then restore again`,
    );
  }

  await fs.mkdir(dataDir, { recursive: true });
  const owner = await serverUser();
  const cluster = path.join(dataDir, CLUSTER_DIR);
  const credentials = path.join(dataDir, CREDENTIALS_FILE);

  // The slow part first, beside the data: if it fails, nothing in place has changed.
  const staging = path.join(dataDir, `${CLUSTER_DIR}.restoring`);
  await fs.rm(staging, { recursive: true, force: true });
  await copyTree(path.join(from, CLUSTER_DIR), staging, { owner });
  const stagedCredentials = `${credentials}.restoring`;
  await copyFileDurably(path.join(from, CREDENTIALS_FILE), stagedCredentials);

  let previous: string | undefined;
  if (existsSync(cluster) || existsSync(credentials)) {
    previous = path.join(dataDir, `before-restore-${fileStamp(new Date())}`);
    await fs.mkdir(previous, { mode: 0o700 });
    if (existsSync(cluster)) await fs.rename(cluster, path.join(previous, CLUSTER_DIR));
    if (existsSync(credentials)) await fs.rename(credentials, path.join(previous, CREDENTIALS_FILE));
    await flushDirectory(previous);
  }
  await fs.rename(staging, cluster);
  await fs.rename(stagedCredentials, credentials);
  await flushDirectory(dataDir);
  return { manifest, previous };
}
