/** The ROME catalogue: import, search and job sheets (open data, France Travail). */
import type { Capability } from '../platform/capability.ts';
import { catalogRoutes } from './http/routes.ts';

export const catalog: Capability = {
  name: 'catalog',
  routes: catalogRoutes,
  // Public and stateless (decision 040): a computation over the open catalogue, for any tool.
  openToOtherSites: (method, path) => method === 'POST' && path === '/api/catalog/suggestions',
};
