/** Worksheets: the consultant's library of built-in models and own worksheets, and its editor. */
import type { Capability } from '../platform/capability.ts';
import { worksheetRoutes } from './http/routes.ts';

export const worksheets: Capability = {
  name: 'worksheets',
  routes: worksheetRoutes,
};
