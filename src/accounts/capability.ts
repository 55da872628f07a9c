/** Accounts: set-up, sign-in, sessions, password reset, invitations and the admin's team. */
import { Hono } from 'hono';
import type { Capability } from '../platform/capability.ts';
import type { Env } from '../platform/http/context.ts';
import { adminRoutes } from './http/admin-routes.ts';
import { authRoutes } from './http/routes.ts';
import { sweepExpiredAccess } from './use-cases/sweep-expired-access.ts';

export const accounts: Capability = {
  name: 'accounts',
  routes: new Hono<Env>().route('/', authRoutes).route('/', adminRoutes),
  jobs: [
    { name: 'sweep-expired-access', cron: '*/15 * * * *', handler: (ctx) => sweepExpiredAccess(ctx, ctx.clock.now()) },
  ],
};
