/**
 * `npm run backup -- <folder>`: a backup of the embedded PostgreSQL under DATA_DIR, written as
 * `<folder>/sillage-<time>`, while Sillage runs or not (docs/decisions/028-backups.md). With
 * DATABASE_URL, refused: an external server is backed up with its own tools.
 */
import path from 'node:path';
import { ConfigError, loadConfig } from '../config.ts';
import { createLogger } from '../../platform/logger.ts';
import { backupEmbeddedPostgres } from '../../platform/postgres/backup.ts';
import { externalDatabaseRefusal, formatBytes } from './backup-messages.ts';

const USAGE =
  'Usage : npm run backup -- <dossier des sauvegardes> · Usage: npm run backup -- <backup folder>\n' +
  'Exemple · Example: npm run backup -- /srv/sauvegardes/sillage';

try {
  const config = loadConfig();
  if (config.databaseUrl) {
    console.error(externalDatabaseRefusal('backup'));
    process.exit(1);
  }
  const target = process.argv.slice(2).find((a) => a !== '--');
  if (!target) {
    console.error(USAGE);
    process.exit(2);
  }
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const started = performance.now();
  const result = await backupEmbeddedPostgres({ dataDir: config.dataDir, backupDir: path.resolve(target), log });
  const { manifest } = result;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    [
      `Sauvegarde écrite · Backup written: ${result.path}`,
      `  ${manifest.files} fichiers, ${formatBytes(manifest.bytes, 'fr')}, en ${seconds.replace('.', ',')} s · ${manifest.files} files, ${formatBytes(manifest.bytes, 'en')}, in ${seconds} s`,
      `  Elle contient tout ce qui était enregistré le ${manifest.consistentAt} · It holds everything committed by ${manifest.consistentAt}`,
      result.startedServer
        ? '  Sillage était arrêté : PostgreSQL a été démarré pour la sauvegarde, puis arrêté · Sillage was stopped: PostgreSQL was started for the backup, then stopped'
        : '  Sillage fonctionnait : il n’a pas été interrompu · Sillage was running: it was not interrupted',
      `  Pour la restaurer · To restore it: npm run restore -- ${result.path}`,
    ].join('\n'),
  );
} catch (error) {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
}
