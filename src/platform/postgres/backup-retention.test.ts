/**
 * The backups' rolling retention on a folder (decision 047): expired Sillage backups go, recent
 * ones, the one just written, and anything not recognised as Sillage's own stay (a symbolic link
 * to a backup is neither followed nor removed).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pruneExpiredBackups } from './backup-retention.ts';
import { fileStamp } from './cluster-files.ts';

const folders: string[] = [];
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

const NOW = new Date('2026-12-07T02:00:00Z');

async function backup(dir: string, at: string, manifest: object | string | null = {}): Promise<string> {
  const name = `sillage-${fileStamp(new Date(at))}`;
  const folder = path.join(dir, name);
  await mkdir(path.join(folder, 'postgres'), { recursive: true });
  await writeFile(path.join(folder, 'postgres', 'backup_label'), 'START WAL LOCATION: 0/2000028\n');
  if (manifest !== null)
    await writeFile(
      path.join(folder, 'sillage-backup.json'),
      typeof manifest === 'string'
        ? manifest
        : JSON.stringify({ format: 1, label: name, consistentAt: at, ...manifest }),
    );
  return folder;
}

describe('pruneExpiredBackups', () => {
  it('removes only its own backups older than the retention, in Paris days', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'sillage-retention-'));
    folders.push(dir);
    const outside = await mkdtemp(path.join(os.tmpdir(), 'sillage-retention-outside-'));
    folders.push(outside);
    // 2026-11-06 23:30 UTC is 2026-11-07 in Paris: exactly 30 days, kept.
    const boundary = await backup(dir, '2026-11-06T23:30:00.000Z');
    const expired = await backup(dir, '2026-11-06T22:30:00.000Z');
    const older = await backup(dir, '2026-01-01T00:00:00.000Z');
    const justWritten = await backup(dir, '2026-01-02T00:00:00.000Z');
    const unreadable = await backup(dir, '2026-01-03T00:00:00.000Z', '{ pas du JSON');
    const otherFormat = await backup(dir, '2026-01-04T00:00:00.000Z', { format: 2 });
    const noManifest = await backup(dir, '2026-01-05T00:00:00.000Z', null);
    const elsewhere = await backup(outside, '2026-01-06T00:00:00.000Z');
    const link = path.join(dir, path.basename(elsewhere));
    await symlink(elsewhere, link);
    await writeFile(path.join(dir, 'sillage-2026-01-07T00-00-00Z'), 'un fichier, pas un dossier');

    const removed = await pruneExpiredBackups({ backupDir: dir, keep: justWritten, now: NOW, retentionDays: 30 });
    expect(removed.map((r) => r.path)).toEqual([older, expired]);
    for (const gone of [older, expired]) expect(existsSync(gone)).toBe(false);
    for (const kept of [boundary, justWritten, unreadable, otherFormat, noManifest, link, elsewhere])
      expect(existsSync(kept), kept).toBe(true);
    expect(existsSync(path.join(dir, 'sillage-2026-01-07T00-00-00Z'))).toBe(true);
  });
});
