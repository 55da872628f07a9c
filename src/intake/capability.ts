/** Intake: the public page, contact requests, leads, the entretien préalable and conversion. */
import type { Capability } from '../platform/capability.ts';
import { intakeRoutes } from './http/routes.ts';

export const intake: Capability = {
  name: 'intake',
  routes: intakeRoutes,
};
