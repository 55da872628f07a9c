/**
 * For end-to-end files that need data of their own: a fresh database on the run's PostgreSQL,
 * seeded through the real services, and the real app process on it.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { hash } from '@node-rs/argon2';
import { createDb, type Db } from '../../src/platform/db/kysely.ts';
import { migrateToLatest } from '../../src/platform/db/migrate.ts';
import { insertOrganisation } from '../../src/organisation/data/organisation-repository.ts';
import { startApp, type RunningApp } from './server.ts';
import type { Browser, Page } from 'playwright-core';
import type { Role } from '../../src/accounts/domain/users.ts';
import { inject } from 'vitest';
import { loadRomeExport } from '../../src/catalog/data/rome-export/load-export.ts';
import { importRomeCatalogue } from '../../src/catalog/use-cases/import-rome-catalogue.ts';
import { depsFor } from './deps.ts';

export const E2E_PASSWORD = 'mot de passe de test e2e';

export interface IsolatedApp {
  app: RunningApp;
  db: Db;
  stop(): Promise<void>;
}

/**
 * A fresh database and a real Sillage process on it. With `ROME_DIR` in `env`, the database is a
 * copy of the run's catalogue template (migrated, the ROME export imported once per run by the
 * first file that asks, see `romeTemplate`), so no file pays the import again.
 */
export async function startIsolatedApp(postgresUrl: string, env: Record<string, string> = {}): Promise<IsolatedApp> {
  const name = `sillage_e2e_${randomBytes(5).toString('hex')}`;
  const template = env['ROME_DIR'] ? await romeTemplate(postgresUrl, env['ROME_DIR']) : undefined;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  const db = createDb({ connectionString: url.toString(), max: 2, onIdleError: () => undefined });
  await migrateToLatest(db);
  const app = await startApp({ DATABASE_URL: url.toString(), JOBS: 'off', ...env });
  return {
    app,
    db,
    async stop() {
      await app.stop();
      await db.destroy();
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * The run's catalogue template (its name comes from the global set-up, which drops it at the
 * end): built once, by the first file that needs it (files run one after another), as a migrated
 * database with the ROME export imported; later files copy it with CREATE DATABASE … TEMPLATE.
 */
async function romeTemplate(postgresUrl: string, romeDir: string): Promise<string> {
  const template = inject('e2eRomeTemplate');
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (rowCount) return template;
    const building = `${template}_building`;
    await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${building}`);
    const url = new URL(postgresUrl);
    url.pathname = `/${building}`;
    const db = createDb({ connectionString: url.toString(), max: 2, onIdleError: () => undefined });
    try {
      await migrateToLatest(db);
      await importRomeCatalogue(depsFor(db), await loadRomeExport(romeDir), romeDir);
    } finally {
      await db.destroy();
    }
    // Renamed only once complete: a failed import leaves no half-built template behind.
    await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
    return template;
  } finally {
    await admin.end();
  }
}

export interface SeededPerson {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
}

let passwordHash: Promise<string> | undefined;

export async function seedUser(
  db: Db,
  organisationId: string,
  role: Role,
  firstName: string,
  lastName: string,
): Promise<SeededPerson> {
  passwordHash ??= hash(E2E_PASSWORD, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const email = `${firstName}.${lastName}.${randomBytes(3).toString('hex')}@exemple.fr`
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  const row = await db
    .insertInto('users')
    .values({
      organisation_id: organisationId,
      role,
      email,
      first_name: firstName,
      last_name: lastName,
      password_hash: await passwordHash,
      status: 'active',
      activated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, email, firstName, lastName };
}

/** An organisation with an admin, a consultant, and a beneficiary whose bilan is open. */
export async function seedBilan(db: Db, organisationName: string) {
  const organisation = await insertOrganisation(db, organisationName, new Date());
  const admin = await seedUser(db, organisation.id, 'admin', 'Alice', 'Martin');
  const consultant = await seedUser(db, organisation.id, 'consultant', 'Claire', 'Dubois');
  const beneficiary = await seedUser(db, organisation.id, 'beneficiary', 'Bruno', 'Lefèvre');
  const bilan = await db
    .insertInto('bilans')
    .values({
      organisation_id: organisation.id,
      beneficiary_id: beneficiary.id,
      consultant_id: consultant.id,
      financing: 'opco',
      planned_accompaniment_minutes: 1440,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { organisation, admin, consultant, beneficiary, bilanId: bilan.id };
}

/** A new browser context in French, Paris time, on the app's address, and its first page. */
export async function frenchPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  return context.newPage();
}

/** A page signed in through the login form (seeded users share `E2E_PASSWORD`). */
export async function signedInPage(
  browser: Browser,
  baseURL: string,
  email: string,
  password = E2E_PASSWORD,
): Promise<Page> {
  const page = await frenchPage(browser, baseURL);
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.locator('h1').waitFor();
  return page;
}
