/** The bilan pédagogique et financier (BPF, Cerfa 10443): figures, exports, filing, reminders (decision 051). */
import type { Capability } from '../platform/capability.ts';
import { bpfRoutes } from './http/routes.ts';
import { sweepBpfReminders } from './use-cases/sweep-bpf-reminders.ts';

export const bpf: Capability = {
  name: 'bpf',
  routes: bpfRoutes,
  jobs: [{ name: 'bpf-reminders', cron: '15 8 * * *', handler: (ctx) => sweepBpfReminders(ctx, ctx.clock.now()) }],
};
