/** External licensed tests: results and the publisher's PDF report. */
import type { Capability } from '../platform/capability.ts';
import { externalTestRoutes, hasOwnBodyLimit } from './http/routes.ts';

export const externalTests: Capability = {
  name: 'external-tests',
  routes: externalTestRoutes,
  ownBodyLimit: hasOwnBodyLimit,
};
