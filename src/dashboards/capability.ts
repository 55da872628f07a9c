/** Dashboards (decision 034): the consultant's « Aujourd'hui » and the admin's list of every bilan. */
import type { Capability } from '../platform/capability.ts';
import { dashboardRoutes } from './http/routes.ts';

export const dashboards: Capability = {
  name: 'dashboards',
  routes: dashboardRoutes,
};
