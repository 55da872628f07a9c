/** The bilan dossier: creation, phases, homes, checklists, préliminaire record, consent and charter. */
import { Hono } from 'hono';
import type { Capability } from '../platform/capability.ts';
import type { Env } from '../platform/http/context.ts';
import { checklistRoutes } from './http/checklist-routes.ts';
import { bilanRoutes } from './http/routes.ts';

export const bilans: Capability = {
  name: 'bilans',
  routes: new Hono<Env>().route('/', bilanRoutes).route('/', checklistRoutes),
};
