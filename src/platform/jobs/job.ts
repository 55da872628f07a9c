/**
 * A recurring job: a thin handler over an idempotent sweep with `now` passed in. Each capability
 * declares its jobs; pg-boss schedules them (cron, Europe/Paris) and runs one at a time per job.
 */
import type { Deps } from '../deps.ts';
import type { MailTransport } from '../email/transport.ts';

export interface JobContext extends Deps {
  /** SMTP, when configured (otherwise e-mails stay in the outbox). */
  transport: MailTransport | undefined;
}

export interface JobDefinition {
  name: string;
  /** Cron expression (minute hour day month weekday), Europe/Paris. */
  cron: string;
  handler(ctx: JobContext): Promise<unknown>;
}

/** Refuses to start with two jobs of the same name or a job without a handler. */
export function checkRegistry(jobs: JobDefinition[]): void {
  const names = new Set<string>();
  for (const job of jobs) {
    if (names.has(job.name)) throw new Error(`Job ${job.name} is defined twice`);
    if (typeof job.handler !== 'function') throw new Error(`Job ${job.name} has no handler`);
    names.add(job.name);
  }
}
