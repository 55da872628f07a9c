/** Dashboards: the consultant's « Aujourd'hui » and the admin's list of bilans (decision 034). */
import { dashboardEndpoints as api } from '../contracts/endpoints.ts';
import { endpointRoutes, fromCache } from '../../platform/http/endpoints.ts';
import { getConsultantToday } from '../use-cases/get-consultant-today.ts';
import { listAdminBilans } from '../use-cases/list-admin-bilans.ts';

export const dashboardRoutes = endpointRoutes()
  .on(api.today, async ({ deps, actor }) => fromCache(await getConsultantToday(deps, actor())))
  .on(api.adminBilans, ({ deps, actor, query }) => listAdminBilans(deps, actor(), query)).app;
