/**
 * E-mail: the outbox, delivered by SMTP when configured, and read by admins otherwise; personal
 * links leave the stored messages once delivered or expired (decision 026).
 */
import type { Capability } from '../platform/capability.ts';
import { emailRoutes } from './http/routes.ts';
import { deliverPendingEmails } from './use-cases/deliver-pending-emails.ts';
import { removeExpiredLinks } from './use-cases/remove-expired-links.ts';

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
    { name: 'remove-expired-links', cron: '7 * * * *', handler: (ctx) => removeExpiredLinks(ctx, ctx.clock.now()) },
  ],
};
