/** The organisation: its profile (identity, NDA, Qualiopi, accessibility, commitments) and its offers. */
import type { Capability } from '../platform/capability.ts';
import { organisationRoutes } from './http/routes.ts';

export const organisation: Capability = {
  name: 'organisation',
  routes: organisationRoutes,
};
