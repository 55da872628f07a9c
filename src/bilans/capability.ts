/** The bilan dossier: creation, phases, homes, checklists, préliminaire record, consent and charter. */
import type { Capability } from '../platform/capability.ts';
import { bilanRoutes } from './http/routes.ts';

export const bilans: Capability = {
  name: 'bilans',
  routes: bilanRoutes,
};
