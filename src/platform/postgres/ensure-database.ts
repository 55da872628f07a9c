/**
 * Creates the application database when the server does not have it yet, so that
 * `DATABASE_URL=postgres://…/sillage npm start` works on a fresh server.
 */
import pg from 'pg';
import type { Logger } from '../logger.ts';

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
    // ICU French collation when the server supports it; the server's default otherwise.
    await admin
      .query(
        `CREATE DATABASE ${admin.escapeIdentifier(name)} ENCODING 'UTF8' TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'fr-FR' LOCALE 'C.UTF-8'`,
      )
      .catch(async (error: { code?: string }) => {
        if (error.code === '42P04') return; // created meanwhile by another process
        log.warn(
          { err: error },
          'Collation ICU fr-FR indisponible : base créée avec la collation par défaut du serveur',
        );
        await admin
          .query(`CREATE DATABASE ${admin.escapeIdentifier(name)} ENCODING 'UTF8' TEMPLATE template0`)
          .catch((e: { code?: string }) => {
            if (e.code !== '42P04') throw e;
          });
      });
    log.info({ database: name }, 'Base de données créée');
  } finally {
    await admin.end();
  }
}
