/** The audit log: written by every capability through the audit port, read by admins in their journal. */
import type { Capability } from '../platform/capability.ts';
import { auditRoutes } from './http/routes.ts';

export const audit: Capability = {
  name: 'audit',
  routes: auditRoutes,
};
