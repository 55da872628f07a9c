/**
 * The real process: embedded PostgreSQL survives a SIGKILL of the app without losing what was
 * acknowledged; later starts reuse the data; SIGTERM stops everything; a bad setting stops the
 * start with a message naming it; DATABASE_URL runs the same app on an external server.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, sameOriginHeaders, startApp } from '../support/server.ts';

const json = (appUrl: string, body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...sameOriginHeaders(appUrl), ...headers },
  body: JSON.stringify(body),
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function postmasterPid(dataDir: string): number | undefined {
  const file = path.join(dataDir, 'postgres', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
}

describe('the Sillage process on embedded PostgreSQL', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('loses nothing acknowledged when killed with SIGKILL, and starts again on the same data', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'sillage-data-'));
    dirs.push(dataDir);
    const env = { DATA_DIR: dataDir, JOBS: 'off' };

    const first = await startApp(env);
    const setup = await fetch(
      `${first.url}/api/setup`,
      json(first.url, {
        organisationName: 'Organisme Durable',
        firstName: 'Ada',
        lastName: 'Roc',
        email: 'ada@durable.fr',
        password: 'une phrase de passe',
      }),
    );
    expect(setup.status).toBe(201);
    const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0]!;
    const invite = await fetch(
      `${first.url}/api/admin/consultants`,
      json(first.url, { firstName: 'Léo', lastName: 'Fort', email: 'leo@durable.fr' }, { cookie }),
    );
    expect(invite.status).toBe(201);

    // Brutal stop: the app dies at once; its PostgreSQL is orphaned.
    expect(await first.stop('SIGKILL')).toBeNull();
    const orphan = postmasterPid(dataDir);
    expect(orphan && isAlive(orphan)).toBe(true);

    const second = await startApp(env);
    expect(orphan && isAlive(orphan)).toBe(false);
    const login = await fetch(
      `${second.url}/api/auth/login`,
      json(second.url, { email: 'ada@durable.fr', password: 'une phrase de passe' }),
    );
    expect(login.status).toBe(200);
    const adminCookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const consultants = await (
      await fetch(`${second.url}/api/admin/consultants`, { headers: { cookie: adminCookie } })
    ).json();
    expect(consultants.consultants.map((c: { email: string }) => c.email)).toEqual(['leo@durable.fr']);
    expect(await (await fetch(`${second.url}/api/setup`)).json()).toEqual({ required: false });

    // A clean stop ends PostgreSQL too, then a third start works on the same data.
    expect(await second.stop('SIGTERM')).toBe(0);
    expect(postmasterPid(dataDir)).toBeUndefined();
    const third = await startApp(env);
    expect(
      (
        await fetch(
          `${third.url}/api/auth/login`,
          json(third.url, { email: 'ada@durable.fr', password: 'une phrase de passe' }),
        )
      ).status,
    ).toBe(200);
    expect(await third.stop('SIGINT')).toBe(0);
  });

  it('refuses to start with a wrong setting, naming it in French and English', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/app/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: 'abc', JOBS: 'peut-être' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Configuration invalide · Invalid configuration');
    expect(result.stderr).toContain(
      'PORT="abc" : doit être un numéro de port entre 1 et 65535 · must be a port number between 1 and 65535',
    );
    expect(result.stderr).toContain('JOBS="peut-être" : doit valoir on ou off · must be on or off');
  });
});

const EXTERNAL = 'postgres://postgres@127.0.0.1:5432/postgres';
async function externalServerAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: EXTERNAL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
const external = await externalServerAvailable();
if (!external) console.warn('Test DATABASE_URL ignoré : aucun PostgreSQL sur 127.0.0.1:5432 (CI en fournit un).');

describe.skipIf(!external)('the Sillage process on an external PostgreSQL (DATABASE_URL)', () => {
  it('creates its database and schema on first start and serves the set-up page', async () => {
    const database = `sillage_ext_${Date.now().toString(36)}`;
    const app = await startApp({
      DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${database}`,
      JOBS: 'on',
      DATA_DIR: path.join(os.tmpdir(), 'sillage-never-used'),
    });
    try {
      expect(await (await fetch(`${app.url}/api/setup`)).json()).toEqual({ required: true });
      const page = await fetch(`${app.url}/installation`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<html lang="fr">');
      expect(existsSync(path.join(os.tmpdir(), 'sillage-never-used'))).toBe(false);
    } finally {
      expect(await app.stop()).toBe(0);
      const admin = new pg.Client({ connectionString: EXTERNAL });
      await admin.connect();
      const tables = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [database]);
      expect(tables.rowCount).toBe(1);
      await admin.query(`DROP DATABASE ${database} WITH (FORCE)`);
      await admin.end();
    }
  });
});
