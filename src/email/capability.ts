/** E-mail: the outbox, delivered by SMTP when configured, and read by admins otherwise. */
import type { Capability } from '../platform/capability.ts';
import { deliverPendingEmails } from './use-cases/deliver-emails.ts';

export const email: Capability = {
  name: 'email',
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
