/**
 * Privacy (issue 15, decision 048): the register of GDPR requests with their one-month deadline,
 * its reminders to the admins, and the purge of leads kept beyond their retention.
 */
import type { Capability } from '../platform/capability.ts';
import { privacyRoutes } from './http/routes.ts';
import { purgeStaleLeads } from './use-cases/purge-stale-leads.ts';
import { sweepPrivacyDeadlines } from './use-cases/sweep-privacy-deadlines.ts';

export const privacy: Capability = {
  name: 'privacy',
  routes: privacyRoutes,
  jobs: [
    { name: 'privacy-deadlines', cron: '15 7 * * *', handler: (ctx) => sweepPrivacyDeadlines(ctx, ctx.clock.now()) },
    { name: 'leads-purge', cron: '40 3 * * *', handler: (ctx) => purgeStaleLeads(ctx, ctx.clock.now()) },
  ],
};
