/** Séances: planning, moves, cancellations, attendance, reminders. */
import type { Capability } from '../platform/capability.ts';
import { seanceRoutes } from './http/routes.ts';
import { sweepSeanceReminders } from './use-cases/sweep-seance-reminders.ts';

export const seances: Capability = {
  name: 'seances',
  routes: seanceRoutes,
  jobs: [
    { name: 'seance-reminders', cron: '*/15 * * * *', handler: (ctx) => sweepSeanceReminders(ctx, ctx.clock.now()) },
  ],
};
