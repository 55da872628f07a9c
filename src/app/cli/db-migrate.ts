/**
 * `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded
 * PostgreSQL under DATA_DIR (started for the occasion, then stopped). `npm start` does the same.
 */
import { ConfigError, loadConfig } from '../config.ts';
import { createDb } from '../../platform/db/kysely.ts';
import { migrateToLatest } from '../../platform/db/migrate.ts';
import { createLogger } from '../../platform/logger.ts';
import { ensureDatabase } from '../../platform/postgres/ensure-database.ts';
import { startEmbeddedPostgres } from '../../platform/postgres/embedded.ts';

try {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres({ dataDir: config.dataDir, log });
  try {
    const url = config.databaseUrl ?? embedded!.urlFor('sillage');
    await ensureDatabase(url, log);
    const db = createDb({ connectionString: url, max: 1 });
    const applied = await migrateToLatest(db);
    await db.destroy();
    console.log(
      applied.length
        ? `Migrations appliquées : ${applied.join(', ')}`
        : 'La base est à jour : aucune migration à appliquer.',
    );
  } finally {
    await embedded?.stop();
  }
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error instanceof Error ? error.message : error);
  process.exit(1);
}
