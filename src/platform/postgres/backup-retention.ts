/**
 * The rolling retention of the embedded PostgreSQL's backups (decision 047): after a successful
 * backup, `npm run backup` removes from the same folder the Sillage backups taken more than
 * `backups.retentionDays` days ago (`src/shared/rules/backup-retention.ts`), so that content
 * destroyed in Sillage leaves every copy within a stated delay.
 *
 * Only what it recognises as its own is ever removed: a real folder (not a symbolic link) named
 * `sillage-<UTC time>`, holding a readable `sillage-backup.json` of format 1 whose label is that
 * name, and the cluster's `postgres/backup_label`. Anything else in the folder (other files, other
 * tools' backups, an unfinished `….partial`, a folder whose manifest does not read) is left alone,
 * and so is the backup just written.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parisDate } from '../clock.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { isBackupExpired } from '../../shared/rules/backup-retention.ts';
import { MANIFEST_FILE, type BackupManifest } from './backup.ts';
import { CLUSTER_DIR } from './cluster-files.ts';

const BACKUP_NAME = /^sillage-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z$/;

export interface ExpiredBackup {
  path: string;
  consistentAt: string;
}

/** The manifest of a folder if it is one of Sillage's complete backups, else null. */
async function ownBackup(folder: string, name: string): Promise<BackupManifest | null> {
  if (!BACKUP_NAME.test(name)) return null;
  try {
    const [self, manifestFile, label] = await Promise.all([
      fs.lstat(folder),
      fs.lstat(path.join(folder, MANIFEST_FILE)),
      fs.lstat(path.join(folder, CLUSTER_DIR, 'backup_label')),
    ]);
    if (!self.isDirectory() || !manifestFile.isFile() || !label.isFile()) return null;
    const manifest = JSON.parse(await fs.readFile(path.join(folder, MANIFEST_FILE), 'utf8')) as Partial<BackupManifest>;
    if (manifest.format !== 1 || manifest.label !== name || typeof manifest.consistentAt !== 'string') return null;
    if (Number.isNaN(new Date(manifest.consistentAt).getTime())) return null;
    return manifest as BackupManifest;
  } catch {
    return null;
  }
}

/**
 * Removes the Sillage backups of `backupDir` older than `retentionDays` on `now`'s day (Paris),
 * never `keep` (the backup just written); answers what it removed, oldest first.
 */
export async function pruneExpiredBackups(options: {
  backupDir: string;
  keep: string;
  now: Date;
  retentionDays: number;
}): Promise<ExpiredBackup[]> {
  const dir = path.resolve(options.backupDir);
  const today = parsePlainDate(parisDate(options.now));
  const removed: ExpiredBackup[] = [];
  for (const name of (await fs.readdir(dir)).sort()) {
    const folder = path.join(dir, name);
    if (folder === path.resolve(options.keep)) continue;
    const manifest = await ownBackup(folder, name);
    if (!manifest) continue;
    const takenOn = parsePlainDate(parisDate(new Date(manifest.consistentAt)));
    if (!isBackupExpired(takenOn, today, options.retentionDays)) continue;
    await fs.rm(folder, { recursive: true, force: true });
    removed.push({ path: folder, consistentAt: manifest.consistentAt });
  }
  return removed;
}
