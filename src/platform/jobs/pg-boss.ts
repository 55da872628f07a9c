/**
 * pg-boss in the same process, in its own `pgboss` schema of our database
 * (docs/decisions/004-jobs-pg-boss.md).
 */
import PgBoss from 'pg-boss';
import type { Logger } from '../logger.ts';
import { checkRegistry, type JobContext, type JobDefinition } from './job.ts';

export interface JobRunner {
  stop(): Promise<void>;
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
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name, { name: job.name, policy: 'singleton', retryLimit: 2, expireInMinutes: 10 });
    await boss.schedule(job.name, job.cron, {}, { tz: 'Europe/Paris' });
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
