/** Financing: the financing record of each bilan, the deadlines of its rules, the public CPF earliest start. */
import type { Capability } from '../platform/capability.ts';
import { financingRoutes } from './http/routes.ts';
import { sweepFinancingDeadlines } from './use-cases/sweep-financing-deadlines.ts';

export const financing: Capability = {
  name: 'financing',
  routes: financingRoutes,
  // Conventions deemed refused, withdrawal periods over (decision 015).
  jobs: [
    { name: 'financing-deadlines', cron: '5 * * * *', handler: (ctx) => sweepFinancingDeadlines(ctx, ctx.clock.now()) },
  ],
};
