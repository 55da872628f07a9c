/** Documents and signatures: quotes, contracts, conventions, CPF sheets, certificates, the funder's view. */
import type { Capability } from '../platform/capability.ts';
import { documentRoutes } from './http/routes.ts';

export const documents: Capability = {
  name: 'documents',
  routes: documentRoutes,
};
