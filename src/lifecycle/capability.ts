/**
 * The bilan's lifecycle after its end (issue 15, decision 046): the destruction of its documents
 * (R6313-7) after a grace period, with warnings, retention agreements and destruction certificates.
 */
import type { Capability } from '../platform/capability.ts';
import { lifecycleRoutes } from './http/routes.ts';
import { sweepBilanDestruction } from './use-cases/sweep-bilan-destruction.ts';

export const lifecycle: Capability = {
  name: 'lifecycle',
  routes: lifecycleRoutes,
  jobs: [
    { name: 'bilan-destruction', cron: '15 3 * * *', handler: (ctx) => sweepBilanDestruction(ctx, ctx.clock.now()) },
  ],
};
