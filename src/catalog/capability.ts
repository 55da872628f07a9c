/** The ROME catalogue: import, search and job sheets (open data, France Travail). */
import type { Capability } from '../platform/capability.ts';
import { catalogRoutes } from './http/routes.ts';

export const catalog: Capability = {
  name: 'catalog',
  routes: catalogRoutes,
};
