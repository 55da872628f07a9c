/**
 * Creates the application database when the server does not have it yet, so that
 * `DATABASE_URL=postgres://…/sillage npm start` works on a fresh server. Several processes may
 * start at once: one creates the database, the others find it created.
 */
import pg from 'pg';
import type { Logger } from '../logger.ts';

/**
 * "Already exists": 42P04, or 23505 on pg_database's unique name index when another session
 * created it at the same moment.
 */
function createdMeanwhile(error: { code?: string }): boolean {
  return error.code === '42P04' || error.code === '23505';
}

export async function ensureDatabase(url: string, log: Logger): Promise<void> {
  const probe = new pg.Client({ connectionString: url });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    await probe.end();
    return;
  } catch (error) {
    await probe.end().catch(() => undefined);
    if ((error as { code?: string }).code !== '3D000') throw error;
  }
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: maintenance.toString() });
  await admin.connect();
  try {
    const create = async (options: string): Promise<boolean> => {
      try {
        await admin.query(
          `CREATE DATABASE ${admin.escapeIdentifier(name)} ENCODING 'UTF8' TEMPLATE template0${options}`,
        );
        return true;
      } catch (error) {
        if (createdMeanwhile(error as { code?: string })) return false;
        throw error;
      }
    };
    let created: boolean;
    try {
      // ICU French collation when the server supports it; the server's default otherwise.
      created = await create(` LOCALE_PROVIDER icu ICU_LOCALE 'fr-FR' LOCALE 'C.UTF-8'`);
    } catch (error) {
      log.warn({ err: error }, 'Collation ICU fr-FR indisponible : base créée avec la collation par défaut du serveur');
      created = await create('');
    }
    if (created) log.info({ database: name }, 'Base de données créée');
  } finally {
    await admin.end();
  }
}
