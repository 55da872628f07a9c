/**
 * pg-boss in the same process, in its own `pgboss` schema of our database
 * (docs/decisions/004-jobs-pg-boss.md).
 */
import PgBoss from 'pg-boss';
import pg from 'pg';
import type { Logger } from '../logger.ts';
import { checkRegistry, type JobContext, type JobDefinition } from './job.ts';

export interface JobRunner {
  stop(): Promise<void>;
}

/**
 * Runs `work` while holding a database-wide advisory lock, so that processes starting together do
 * it one after the other. pg-boss creates each queue with DDL (a partition of `pgboss.job` with
 * foreign keys to `pgboss.queue`); two processes doing so at once deadlock and one start fails.
 * The lock is a session lock on a connection of its own: it goes away with that connection.
 */
async function oneProcessAtATime<T>(connectionString: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString, application_name: 'sillage-jobs-setup' });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(hashtext('sillage.jobs.setup'))`);
    const result = await work();
    await client.query(`SELECT pg_advisory_unlock(hashtext('sillage.jobs.setup'))`);
    return result;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function startJobs(
  connectionString: string,
  jobs: JobDefinition[],
  ctx: JobContext,
  log: Logger,
): Promise<JobRunner> {
  checkRegistry(jobs);
  const boss = new PgBoss({ connectionString, schema: 'pgboss', max: 3, application_name: 'sillage-jobs' });
  boss.on('error', (error) => log.error({ err: error }, 'pg-boss'));
  // Schema, queues (pg-boss's own included, created by start) and schedules: one process at a time.
  await oneProcessAtATime(connectionString, async () => {
    await boss.start();
    for (const job of jobs) {
      await boss.createQueue(job.name, { name: job.name, policy: 'singleton', retryLimit: 2, expireInMinutes: 10 });
      await boss.schedule(job.name, job.cron, {}, { tz: 'Europe/Paris' });
    }
  });
  for (const job of jobs) {
    await boss.work(job.name, async () => {
      const started = Date.now();
      const result = await job.handler(ctx);
      log.debug({ job: job.name, ms: Date.now() - started, result }, 'Tâche terminée');
    });
  }
  log.info({ jobs: jobs.map((j) => j.name) }, 'Tâches de fond démarrées');
  return {
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000, wait: true });
    },
  };
}
