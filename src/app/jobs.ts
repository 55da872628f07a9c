/**
 * Recurring jobs: each is a thin handler over an idempotent sweep with `now` passed in.
 * pg-boss schedules them (cron, Europe/Paris) and guarantees one run at a time per schedule.
 */
import type { Clock } from '../platform/clock.ts';
import type { Db } from '../platform/db/kysely.ts';
import type { Logger } from '../platform/logger.ts';
import type { MailTransport } from '../platform/email/transport.ts';
import { sweepExpiredAccess } from '../accounts/use-cases/sweep-expired-access.ts';
import { deliverPendingEmails } from '../email/use-cases/deliver-emails.ts';
import { sweepSeanceReminders } from '../seances/use-cases/sweep-seance-reminders.ts';
import { sweepAfterBilan } from '../after/use-cases/sweep-after-bilan.ts';
import { sweepFinancingDeadlines } from '../financing/use-cases/sweep-financing-deadlines.ts';

export interface JobContext {
  db: Db;
  publicUrl: string;
  clock: Clock;
  log: Logger;
  transport: MailTransport | undefined;
}

export interface JobDefinition {
  name: string;
  /** Cron expression (minute hour day month weekday), Europe/Paris. */
  cron: string;
  handler(ctx: JobContext): Promise<unknown>;
}

export const JOBS: JobDefinition[] = [
  {
    name: 'sweep-expired-access',
    cron: '*/15 * * * *',
    handler: (ctx) => sweepExpiredAccess(ctx.db, ctx.clock.now()),
  },
  {
    name: 'seance-reminders',
    cron: '*/15 * * * *',
    handler: (ctx) => sweepSeanceReminders(ctx.db, ctx.publicUrl, ctx.clock.now()),
  },
  {
    name: 'after-bilan',
    cron: '*/30 * * * *',
    handler: (ctx) => sweepAfterBilan(ctx.db, ctx.publicUrl, ctx.clock.now()),
  },
  {
    name: 'deliver-emails',
    cron: '* * * * *',
    handler: (ctx) =>
      ctx.transport
        ? deliverPendingEmails(ctx, ctx.transport, ctx.clock.now())
        : Promise.resolve({ skipped: 'no SMTP' }),
  },
  // Documents and financing (decision 015): conventions deemed refused, withdrawal periods over.
  {
    name: 'financing-deadlines',
    cron: '5 * * * *',
    handler: (ctx) => sweepFinancingDeadlines(ctx.db, ctx.publicUrl, ctx.clock.now()),
  },
];

/** Refuses to start with two jobs of the same name or a job without a handler. */
export function checkRegistry(jobs: JobDefinition[]): void {
  const names = new Set<string>();
  for (const job of jobs) {
    if (names.has(job.name)) throw new Error(`Job ${job.name} is defined twice`);
    if (typeof job.handler !== 'function') throw new Error(`Job ${job.name} has no handler`);
    names.add(job.name);
  }
}
