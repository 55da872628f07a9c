/**
 * Backups of the embedded PostgreSQL (decision 028), on a server of this test's own in a
 * temporary folder (whatever DATABASE_URL says): a backup taken while rows are being written
 * holds every write acknowledged before it ended, once restored and started again.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../logger.ts';
import { backupEmbeddedPostgres, walSegments, type BackupResult } from './backup.ts';
import { BackupError } from './cluster-files.ts';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded.ts';
import { restoreEmbeddedPostgres } from './restore.ts';

const log = silentLogger();
const folders: string[] = [];
let server: RunningPostgres | undefined;

afterAll(async () => {
  await server?.stop();
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

/** A temporary folder (under /tmp, which the `postgres` user can traverse when tests run as root). */
async function folder(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  folders.push(dir);
  return dir;
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

describe('walSegments', () => {
  it('lists the segments between two, across a log file boundary', () => {
    expect(walSegments('0000000100000000000000FE', '000000010000000100000001', 16 * 1024 * 1024)).toEqual([
      '0000000100000000000000FE',
      '0000000100000000000000FF',
      '000000010000000100000000',
      '000000010000000100000001',
    ]);
    expect(() => walSegments('000000010000000000000003', '000000020000000000000004', 16 * 1024 * 1024)).toThrow(
      BackupError,
    );
  });
});

describe('a backup of the embedded PostgreSQL, taken while it is written to', () => {
  it('restores every write acknowledged before the backup ended; restore refuses a running server and keeps the previous data', async () => {
    const dataDir = await folder('sillage-backup-data-');
    const backupDir = await folder('sillage-backups-');
    server = await startEmbeddedPostgres({ dataDir, log });
    const admin = await connect(server.adminUrl);
    await admin.query(`CREATE TABLE writes (id integer PRIMARY KEY, writer integer NOT NULL, padding text NOT NULL)`);

    // Four writers, each inserting one row per statement (autocommit) as fast as it can; a write
    // is acknowledged when its INSERT returns.
    const acknowledged: { id: number; at: number }[] = [];
    let writing = true;
    const writers = await Promise.all([0, 1, 2, 3].map(() => connect(server!.adminUrl)));
    const loops = writers.map(async (client, writer) => {
      for (let n = 0; writing; n++) {
        const id = n * writers.length + writer;
        await client.query(`INSERT INTO writes VALUES ($1, $2, repeat('x', 200))`, [id, writer]);
        acknowledged.push({ id, at: Date.now() });
      }
    });
    await new Promise((r) => setTimeout(r, 300));

    let backup: BackupResult;
    try {
      backup = await backupEmbeddedPostgres({
        dataDir,
        backupDir,
        log,
        // In backup mode, before the copy: checkpoints and WAL switches, after which PostgreSQL
        // would recycle the backup's first WAL segment if nothing held it; and time for writes.
        beforeCopy: async () => {
          for (let i = 0; i < 2; i++) {
            await admin.query(`INSERT INTO writes VALUES ($1, -1, 'switch')`, [-1 - i]);
            await admin.query(`SELECT pg_switch_wal()`);
            await admin.query(`CHECKPOINT`);
          }
          await new Promise((r) => setTimeout(r, 200));
        },
      });
    } finally {
      await new Promise((r) => setTimeout(r, 200));
      writing = false;
      await Promise.all(loops);
    }
    const consistentAt = Date.parse(backup.manifest.consistentAt);
    const startedAt = Date.parse(backup.manifest.startedAt);
    // Acknowledged before pg_backup_stop returned (same clock, millisecond floors: a < b means before).
    const expected = acknowledged.filter((w) => w.at < consistentAt).map((w) => w.id);
    expect(acknowledged.filter((w) => w.at > startedAt && w.at < consistentAt).length).toBeGreaterThan(10);
    expect(acknowledged.filter((w) => w.at > consistentAt).length).toBeGreaterThan(0);
    expect(backup.startedServer).toBe(false);
    expect(path.dirname(backup.path)).toBe(backupDir);
    expect(path.basename(backup.path)).toMatch(/^sillage-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/);
    expect(await readdir(backupDir)).toEqual([path.basename(backup.path)]);

    // Restoring under a running server is refused, naming what to do.
    await expect(restoreEmbeddedPostgres({ dataDir, from: backup.path })).rejects.toThrow(
      /fonctionne encore .* arrêtez-le/,
    );
    for (const client of [admin, ...writers]) await client.end();
    await server.stop();
    server = undefined;

    const restored = await restoreEmbeddedPostgres({ dataDir, from: backup.path });
    expect(restored.previous && existsSync(path.join(restored.previous, 'postgres', 'PG_VERSION'))).toBe(true);
    expect(existsSync(path.join(restored.previous!, 'postgres-credentials.json'))).toBe(true);

    // The next start replays the backup's WAL.
    server = await startEmbeddedPostgres({ dataDir, log });
    const check = await connect(server.adminUrl);
    const { rows } = await check.query<{ id: number }>(`SELECT id FROM writes WHERE writer >= 0`);
    await check.end();
    const present = new Set(rows.map((r) => r.id));
    expect(expected.filter((id) => !present.has(id))).toEqual([]);
    expect(expected.length).toBeGreaterThan(50);
  }, 60_000);
});
