/** The beneficiary's parcours and competence portfolio (issue 12, decision 038). */
import type { Capability } from '../platform/capability.ts';
import { portfolioRoutes } from './http/routes.ts';

export const portfolio: Capability = {
  name: 'portfolio',
  routes: portfolioRoutes,
};
