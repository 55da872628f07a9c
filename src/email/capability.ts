/** E-mail: the outbox, delivered by SMTP when configured, and read by admins otherwise. */
import type { Capability } from '../platform/capability.ts';
import { emailRoutes } from './http/routes.ts';
import { deliverPendingEmails } from './use-cases/deliver-pending-emails.ts';

export const email: Capability = {
  name: 'email',
  routes: emailRoutes,
  jobs: [
    {
      name: 'deliver-emails',
      cron: '* * * * *',
      handler: (ctx) =>
        ctx.transport
          ? deliverPendingEmails(ctx, ctx.transport, ctx.clock.now())
          : Promise.resolve({ skipped: 'no SMTP' }),
    },
  ],
};
