/** The organisation: its profile (identity, NDA, Qualiopi, accessibility, commitments), brand and offers. */
import type { Capability } from '../platform/capability.ts';
import { hasOwnBodyLimit, organisationRoutes } from './http/routes.ts';

export const organisation: Capability = {
  name: 'organisation',
  routes: organisationRoutes,
  ownBodyLimit: hasOwnBodyLimit,
};
