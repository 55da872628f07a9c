/** Accounts: set-up, sign-in, sessions, password reset, invitations and the admin's team. */
import type { Capability } from '../platform/capability.ts';
import { accountRoutes } from './http/routes.ts';
import { sweepExpiredAccess } from './use-cases/sweep-expired-access.ts';
import { sendPasswordResetLinks } from './use-cases/send-password-reset-links.ts';

export const accounts: Capability = {
  name: 'accounts',
  routes: accountRoutes,
  jobs: [
    { name: 'sweep-expired-access', cron: '*/15 * * * *', handler: (ctx) => sweepExpiredAccess(ctx, ctx.clock.now()) },
    // Password-reset requests left over by a process that stopped before its deferred step.
    {
      name: 'send-password-reset-links',
      cron: '* * * * *',
      handler: (ctx) => sendPasswordResetLinks(ctx, ctx.clock.now()),
    },
  ],
};
