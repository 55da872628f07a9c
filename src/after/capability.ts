/** After the bilan: follow-up interview, évaluations à chaud et à froid, EDOF declarations, indicators. */
import type { Capability } from '../platform/capability.ts';
import { afterRoutes } from './http/routes.ts';
import { sweepAfterBilan } from './use-cases/sweep-after-bilan.ts';

export const after: Capability = {
  name: 'after',
  routes: afterRoutes,
  jobs: [{ name: 'after-bilan', cron: '*/30 * * * *', handler: (ctx) => sweepAfterBilan(ctx, ctx.clock.now()) }],
};
