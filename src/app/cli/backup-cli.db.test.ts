/**
 * `npm run backup` and `npm run restore` as an operator runs them (decision 028): on a stopped
 * Sillage, the backup starts PostgreSQL for the occasion; restore names the backups of a folder
 * and says where the previous data went; with DATABASE_URL both refuse and name the right tools.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../platform/logger.ts';
import { startEmbeddedPostgres } from '../../platform/postgres/embedded.ts';
import { fileStamp } from '../../platform/postgres/cluster-files.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const folders: string[] = [];
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

async function folder(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  folders.push(dir);
  return dir;
}

/** Runs `npm run <script> -- <arg>` the way npm does (node --import tsx <file>), with this environment. */
async function cli(script: 'backup' | 'restore', arg: string, env: Record<string, string>) {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', `src/app/cli/${script}.ts`, arg],
      { cwd: ROOT, env: { ...inherited, LOG_LEVEL: 'warn', ...env }, timeout: 60_000 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/**
 * A folder that looks like a backup of Sillage taken `daysAgo` days ago: its manifest (`label` its
 * name unless said otherwise) and `postgres/backup_label`; `manifest: false` leaves the manifest out.
 */
async function fakeBackup(
  dir: string,
  daysAgo: number,
  options: { manifest?: boolean; label?: string; suffix?: string } = {},
): Promise<string> {
  const at = new Date(Date.now() - daysAgo * 86_400_000);
  const name = `sillage-${fileStamp(at)}${options.suffix ?? ''}`;
  const folder = path.join(dir, name);
  await mkdir(path.join(folder, 'postgres'), { recursive: true });
  await writeFile(path.join(folder, 'postgres', 'backup_label'), 'START WAL LOCATION: 0/2000028\n');
  if (options.manifest !== false)
    await writeFile(
      path.join(folder, 'sillage-backup.json'),
      JSON.stringify({ format: 1, label: options.label ?? name, consistentAt: at.toISOString() }),
    );
  return folder;
}

describe('npm run backup and npm run restore', () => {
  it('back up a stopped Sillage and put the backup back in place, saying what they did', async () => {
    const dataDir = await folder('sillage-cli-data-');
    const backups = await folder('sillage-cli-backups-');
    let server = await startEmbeddedPostgres({ dataDir, log: silentLogger() });
    let client = new pg.Client({ connectionString: server.adminUrl });
    await client.connect();
    await client.query(`CREATE TABLE kept (note text); INSERT INTO kept VALUES ('avant la sauvegarde')`);
    await client.end();
    await server.stop();

    // The rolling retention (decision 047, 30 days by default): only Sillage's own backups go.
    const expired = await fakeBackup(backups, 40);
    const recent = await fakeBackup(backups, 5);
    const withoutManifest = await fakeBackup(backups, 60, { manifest: false });
    const foreignLabel = await fakeBackup(backups, 50, { label: 'autre-outil' });
    const unfinished = await fakeBackup(backups, 45, { suffix: '.partial' });
    const foreign = path.join(backups, 'photos-2019');
    await mkdir(foreign);
    await writeFile(path.join(foreign, 'vacances.jpg'), 'pas une sauvegarde');
    await writeFile(path.join(backups, 'notes.txt'), 'à garder');

    const backup = await cli('backup', backups, { DATA_DIR: dataDir });
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain(
      `Sauvegardes de plus de 30 jours supprimées · Backups older than 30 days removed:\n  ${expired} (`,
    );
    expect(existsSync(expired)).toBe(false);
    for (const kept of [recent, withoutManifest, foreignLabel, unfinished, foreign, path.join(backups, 'notes.txt')])
      expect(existsSync(kept), kept).toBe(true);
    await Promise.all([recent, withoutManifest, foreignLabel, unfinished].map((f) => rm(f, { recursive: true })));
    expect(backup.stdout).toContain(`Sauvegarde écrite · Backup written: ${backups}/sillage-`);
    expect(backup.stdout).toContain('Sillage était arrêté : PostgreSQL a été démarré pour la sauvegarde, puis arrêté');
    const written = /Backup written: (\S+)/.exec(backup.stdout)![1]!;

    // Given the folder of backups instead of one of them: the backups are listed.
    const wrongFolder = await cli('restore', backups, { DATA_DIR: dataDir });
    expect(wrongFolder.code).toBe(1);
    expect(wrongFolder.stderr).toContain(`n’est pas une sauvegarde de Sillage`);
    expect(wrongFolder.stderr).toContain(written);

    const restore = await cli('restore', written, { DATA_DIR: dataDir });
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain(`Les données précédentes sont conservées dans ${dataDir}/before-restore-`);
    expect(restore.stdout).toContain('Lancez npm start');

    server = await startEmbeddedPostgres({ dataDir, log: silentLogger() });
    client = new pg.Client({ connectionString: server.adminUrl });
    await client.connect();
    expect((await client.query(`SELECT note FROM kept`)).rows).toEqual([{ note: 'avant la sauvegarde' }]);
    await client.end();
    await server.stop();
  }, 60_000);

  it('refuse an external database and name the tools to use instead', async () => {
    const env = { DATABASE_URL: 'postgres://sillage@db.exemple.fr:5432/sillage' };
    const [backup, restore] = await Promise.all([cli('backup', '/tmp', env), cli('restore', '/tmp', env)]);
    expect(backup.code).toBe(1);
    expect(backup.stderr).toContain('Sauvegarde impossible : DATABASE_URL désigne un PostgreSQL externe');
    expect(restore.code).toBe(1);
    expect(restore.stderr).toContain('Restauration impossible : DATABASE_URL désigne un PostgreSQL externe');
    for (const { stderr } of [backup, restore]) {
      expect(stderr).toContain('pgBackRest');
      expect(stderr).toContain('pg_dump -Fc / pg_restore, de la même version majeure que le serveur');
    }
  }, 60_000);
});
