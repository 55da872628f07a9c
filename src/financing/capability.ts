/** Financing: the financing record of each bilan and the deadlines of its rules. */
import type { Capability } from '../platform/capability.ts';
import { sweepFinancingDeadlines } from './use-cases/sweep-financing-deadlines.ts';

export const financing: Capability = {
  name: 'financing',
  // Conventions deemed refused, withdrawal periods over (decision 015).
  jobs: [
    { name: 'financing-deadlines', cron: '5 * * * *', handler: (ctx) => sweepFinancingDeadlines(ctx, ctx.clock.now()) },
  ],
};
