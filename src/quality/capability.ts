/** Qualiopi: the evidence per indicator, the complaints and improvement registers, the published results (decision 050). */
import type { Capability } from '../platform/capability.ts';
import { qualityRoutes } from './http/routes.ts';

export const quality: Capability = {
  name: 'quality',
  routes: qualityRoutes,
};
