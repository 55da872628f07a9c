/**
 * `npm run backup -- <folder>`: a backup of the embedded PostgreSQL under DATA_DIR, written as
 * `<folder>/sillage-<time>`, while Sillage runs or not (docs/decisions/028-backups.md). Once it is
 * written, the Sillage backups of that folder older than `backups.retentionDays` are removed
 * (decision 047), and listed. With DATABASE_URL, refused: an external server is backed up with its
 * own tools.
 */
import path from 'node:path';
import { ConfigError, loadConfig } from '../config.ts';
import { createLogger } from '../../platform/logger.ts';
import { parisDate } from '../../platform/clock.ts';
import { backupEmbeddedPostgres } from '../../platform/postgres/backup.ts';
import { pruneExpiredBackups } from '../../platform/postgres/backup-retention.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { backupRetentionDays } from '../../shared/rules/backup-retention.ts';
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
  // The rolling retention (decision 047): only after a backup has succeeded.
  const now = new Date();
  const retentionDays = backupRetentionDays(parsePlainDate(parisDate(now)));
  const removed = await pruneExpiredBackups({ backupDir: path.resolve(target), keep: result.path, now, retentionDays });
  console.log(
    removed.length === 0
      ? `Aucune sauvegarde de plus de ${retentionDays} jours à supprimer · No backup older than ${retentionDays} days to remove`
      : [
          `Sauvegardes de plus de ${retentionDays} jours supprimées · Backups older than ${retentionDays} days removed:`,
          ...removed.map((r) => `  ${r.path} (${r.consistentAt})`),
        ].join('\n'),
  );
} catch (error) {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
}
