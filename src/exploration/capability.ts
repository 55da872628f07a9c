/** Pistes, skill gaps, training needs and enquêtes métier of the bilan (issue 13, decision 041). */
import type { Capability } from '../platform/capability.ts';
import { explorationRoutes } from './http/routes.ts';

export const exploration: Capability = {
  name: 'exploration',
  routes: explorationRoutes,
};
