/**
 * Sillage's single process: configuration → database (embedded PostgreSQL unless DATABASE_URL)
 * → migrations → web build if stale → HTTP server → background jobs. SIGINT/SIGTERM stop them in
 * reverse order, PostgreSQL last.
 */
import { serve } from '@hono/node-server';
import { ConfigError, loadConfig } from './config.ts';
import { systemClock } from '../platform/clock.ts';
import { createDb } from '../platform/db/kysely.ts';
import { migrateToLatest } from '../platform/db/migrate.ts';
import { smtpTransport } from '../platform/email/transport.ts';
import { startJobs, type JobRunner } from '../platform/jobs/pg-boss.ts';
import { createLogger } from '../platform/logger.ts';
import { Caches } from '../platform/cache/caches.ts';
import { startChangeFeed, type ChangeFeed } from '../platform/cache/change-feed.ts';
import { ensureDatabase } from '../platform/postgres/ensure-database.ts';
import { startEmbeddedPostgres, type RunningPostgres } from '../platform/postgres/embedded.ts';
import { argon2Hasher } from '../platform/security/password-hasher.ts';
import { WEB_DIST, ensureWebBuild } from '../platform/web-build/build.ts';
import { createApp } from './http.ts';
import { JOBS } from './jobs.ts';
import { ports } from './ports.ts';
import { deliverPendingEmails } from '../email/use-cases/deliver-pending-emails.ts';
import type { Deps } from '../platform/deps.ts';
// ROME catalogue (issue 4)
import { prepareCatalogue } from '../catalog/use-cases/prepare-catalogue.ts';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  const started = Date.now();

  // Whatever has been started so far is stopped, in reverse order, on SIGINT/SIGTERM,
  // even when the signal arrives during start-up.
  let embedded: RunningPostgres | undefined;
  let db: ReturnType<typeof createDb> | undefined;
  let server: ReturnType<typeof serve> | undefined;
  let jobs: JobRunner | undefined;
  let changeFeed: ChangeFeed | undefined;
  let transport: ReturnType<typeof smtpTransport> | undefined;
  let delivering: Promise<unknown> | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'Arrêt en cours');
    const force = setTimeout(() => process.exit(1), 30_000);
    force.unref();
    if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
    await jobs?.stop().catch((error: unknown) => log.error({ err: error }, 'Arrêt des tâches'));
    await changeFeed?.stop();
    await delivering;
    transport?.close();
    await db?.destroy();
    await embedded?.stop();
    log.info('Arrêté');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  let url = config.databaseUrl;
  if (url) {
    await ensureDatabase(url, log);
  } else {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, log });
    url = embedded.urlFor('sillage');
    await ensureDatabase(url, log);
  }
  db = createDb({
    connectionString: url,
    onIdleError: (error) => log.warn({ err: error }, 'Connexion PostgreSQL perdue (remplacée)'),
  });
  const applied = await migrateToLatest(db);
  if (applied.length > 0) log.info({ applied }, 'Migrations appliquées');
  await ensureWebBuild(log);

  transport = config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailFrom) : undefined;
  const database = db;
  // After a commit that queued e-mails: deliver soon, one run at a time.
  const emailsQueued = () => {
    if (!transport || delivering || stopping) return;
    delivering = deliverPendingEmails({ db: database, log }, transport, systemClock.now())
      .catch((error: unknown) => log.error({ err: error }, 'Envoi des courriels'))
      .finally(() => (delivering = undefined));
  };
  const caches = new Caches();
  if (config.readCache) changeFeed = await startChangeFeed(url, caches, log);
  const deps: Deps = {
    db,
    caches,
    clock: systemClock,
    hasher: argon2Hasher,
    log,
    publicUrl: config.publicUrl,
    mailDelivery: transport ? 'smtp' : 'outbox',
    emailsQueued,
    ...ports(),
  };
  const app = createApp(deps, {
    trustProxy: config.trustProxy,
    trustedProxies: config.trustedProxies,
    secureCookies: config.secureCookies,
    staticDir: WEB_DIST,
  });
  const listening = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  server = listening;
  await new Promise<void>((resolve, reject) => {
    listening.once('listening', resolve);
    listening.once('error', reject);
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') {
      log.fatal(`Le port ${config.port} est déjà utilisé : définissez PORT · Port ${config.port} is in use: set PORT`);
    }
    throw error;
  });

  // ROME catalogue (issue 4): import from ROME_DIR when the catalogue is empty, then build the
  // search indexes; in the background, the app answers meanwhile (without a catalogue if need be).
  void prepareCatalogue(deps, config.romeDir);

  if (config.jobs && !stopping) jobs = await startJobs(url, JOBS, { ...deps, transport }, log);
  log.info(
    { url: config.publicUrl, ms: Date.now() - started, database: embedded ? 'embarquée' : 'externe' },
    `Sillage est prêt : ${config.publicUrl}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
