/** The dashboards' API (decision 034): the consultant's « Aujourd'hui », the admin's list of bilans. */
import { get } from '../../shared/api/endpoint.ts';
import { AdminBilansQuerySchema, type AdminBilans, type ConsultantToday } from './schemas.ts';

export const dashboardEndpoints = {
  today: get('/consultant/today').returns<ConsultantToday>(),
  adminBilans: get('/admin/bilans', { query: AdminBilansQuerySchema }).returns<AdminBilans>(),
};
