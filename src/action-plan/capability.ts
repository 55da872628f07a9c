/** The action plan of the bilan: its steps, their horizon and status (issue 14, decision 042). */
import type { Capability } from '../platform/capability.ts';
import { actionPlanRoutes } from './http/routes.ts';

export const actionPlan: Capability = {
  name: 'action-plan',
  routes: actionPlanRoutes,
};
