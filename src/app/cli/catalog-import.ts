/**
 * `npm run catalog:import -- <directory | https URL of the export zip>`: reads France Travail's
 * ROME 4.0 CSV export, validates it whole, then loads it in one transaction into DATABASE_URL or
 * the embedded PostgreSQL under DATA_DIR (started for the occasion; stop `npm start` first, or
 * set ROME_DIR and let `npm start` import). The same version again changes nothing; a malformed
 * export is refused with the file and line, and the installed catalogue stays as it was.
 */
import { ConfigError, loadConfig } from '../config.ts';
import { Caches } from '../../platform/cache/caches.ts';
import { systemClock } from '../../platform/clock.ts';
import { createDb } from '../../platform/db/kysely.ts';
import { migrateToLatest } from '../../platform/db/migrate.ts';
import { createLogger } from '../../platform/logger.ts';
import { ensureDatabase } from '../../platform/postgres/ensure-database.ts';
import { startEmbeddedPostgres } from '../../platform/postgres/embedded.ts';
import { loadRomeExport } from '../../catalog/data/rome-export/load-export.ts';
import { isRomeExportError } from '../../catalog/domain/rome/errors.ts';
import { importRomeCatalogue } from '../../catalog/use-cases/import-rome-catalogue.ts';
import { AppError } from '../../shared/errors.ts';

const USAGE = 'Usage : npm run catalog:import -- <dossier de l’export ROME | URL https du zip de l’export>';

const source = process.argv.slice(2).find((a) => a !== '--');
if (!source) {
  console.error(USAGE);
  process.exit(2);
}

try {
  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const started = performance.now();
  console.log(`Lecture de l’export ROME : ${source}`);
  const catalog = await loadRomeExport(source);
  console.log(
    `Export valide : ROME 4.0 version ${catalog.version.number}, ${catalog.fiches.length} fiches, ${catalog.appellations.length} appellations.`,
  );
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres({ dataDir: config.dataDir, log });
  try {
    const url = config.databaseUrl ?? embedded!.urlFor('sillage');
    await ensureDatabase(url, log);
    const db = createDb({ connectionString: url, max: 1 });
    try {
      await migrateToLatest(db);
      const result = await importRomeCatalogue({ db, clock: systemClock, log, caches: new Caches() }, catalog, source);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        result.status === 'unchanged'
          ? `La version ${result.version} est déjà installée : rien n’a été modifié.`
          : `Catalogue ROME version ${result.version} importé en ${seconds} s${result.previousVersion === null ? '' : ` (remplace la version ${result.previousVersion})`}.`,
      );
    } finally {
      await db.destroy();
    }
  } finally {
    await embedded?.stop();
  }
} catch (error) {
  if (isRomeExportError(error)) console.error(`Export refusé, le catalogue installé n’a pas changé. ${error.message}`);
  else if (error instanceof ConfigError || error instanceof AppError || error instanceof Error)
    console.error(error.message);
  else console.error(error);
  process.exit(1);
}
