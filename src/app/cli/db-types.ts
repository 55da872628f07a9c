/**
 * `npm run db:types`: migrates a scratch database (on a temporary embedded PostgreSQL, or on the
 * server of DATABASE_URL) and writes `src/platform/db/database.ts` from its schema (decision 020).
 * `npm run db:types -- --check` writes nothing and fails when the file is out of date.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDb } from '../../platform/db/kysely.ts';
import { migrateToLatest } from '../../platform/db/migrate.ts';
import { DATABASE_TYPES_FILE, generateDatabaseTypes } from '../../platform/db/generate-types.ts';
import { silentLogger } from '../../platform/logger.ts';
import { startEmbeddedPostgres } from '../../platform/postgres/embedded.ts';

const check = process.argv.includes('--check');
const scratch = `sillage_types_${randomBytes(4).toString('hex')}`;
let dir: string | undefined;
let server: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
let maintenanceUrl = process.env.DATABASE_URL;
try {
  if (!maintenanceUrl) {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sillage-types-'));
    server = await startEmbeddedPostgres({ dataDir: dir, log: silentLogger(), ephemeral: true });
    maintenanceUrl = server.urlFor('postgres');
  }
  const admin = new pg.Client({ connectionString: maintenanceUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  const url = new URL(maintenanceUrl);
  url.pathname = `/${scratch}`;
  const db = createDb({ connectionString: url.toString(), max: 1 });
  try {
    await migrateToLatest(db);
    const types = await generateDatabaseTypes(db);
    const current = await readFile(DATABASE_TYPES_FILE, 'utf8').catch(() => '');
    const where = path.relative(process.cwd(), DATABASE_TYPES_FILE);
    if (check) {
      if (current !== types) {
        console.error(`${where} is out of date: run npm run db:types`);
        process.exitCode = 1;
      } else console.log(`${where} matches the migrated schema.`);
    } else if (current === types) console.log(`${where} is up to date.`);
    else {
      await writeFile(DATABASE_TYPES_FILE, types);
      console.log(`Written: ${where}`);
    }
  } finally {
    await db.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await admin.end();
  }
} finally {
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
}
