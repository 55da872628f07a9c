/**
 * `npm run restore -- <backup folder>`: puts a backup made by `npm run backup` in place of the
 * embedded PostgreSQL under DATA_DIR, Sillage stopped; the data in place is moved aside, never
 * deleted, and the next `npm start` recovers (docs/decisions/028-backups.md). With DATABASE_URL,
 * refused: an external server is restored with its own tools.
 */
import path from 'node:path';
import { ConfigError, loadConfig } from '../config.ts';
import { restoreEmbeddedPostgres } from '../../platform/postgres/restore.ts';
import { externalDatabaseRefusal } from './backup-messages.ts';

const USAGE =
  'Usage : npm run restore -- <dossier d’une sauvegarde> · Usage: npm run restore -- <backup folder>\n' +
  'Exemple · Example: npm run restore -- /srv/sauvegardes/sillage/sillage-2026-12-06T10-50-03Z';

try {
  const config = loadConfig();
  if (config.databaseUrl) {
    console.error(externalDatabaseRefusal('restore'));
    process.exit(1);
  }
  const from = process.argv.slice(2).find((a) => a !== '--');
  if (!from) {
    console.error(USAGE);
    process.exit(2);
  }
  const result = await restoreEmbeddedPostgres({ dataDir: config.dataDir, from: path.resolve(from) });
  console.log(
    [
      `Sauvegarde du ${result.manifest.consistentAt} mise en place dans ${config.dataDir} · Backup of ${result.manifest.consistentAt} put in place in ${config.dataDir}`,
      result.previous
        ? `  Les données précédentes sont conservées dans ${result.previous} (supprimez-les vous-même quand tout va bien) · The previous data is kept in ${result.previous} (delete it yourself once all is well)`
        : '  Il n’y avait pas de données à mettre de côté · There was no previous data to keep aside',
      '  Lancez npm start : PostgreSQL rejoue le journal de la sauvegarde puis Sillage démarre · Run npm start: PostgreSQL replays the backup’s log, then Sillage starts',
    ].join('\n'),
  );
} catch (error) {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
}
