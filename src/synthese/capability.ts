/** The document de synthèse: draft, versions, comments, approval, delivery (issue 14, decision 043). */
import type { Capability } from '../platform/capability.ts';
import { syntheseRoutes } from './http/routes.ts';

export const synthese: Capability = {
  name: 'synthese',
  routes: syntheseRoutes,
};
