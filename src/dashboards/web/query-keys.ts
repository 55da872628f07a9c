/** The dashboards' query keys (decision 021): the consultant's day and the admin's list. */
import type { AdminBilansQuery } from '../contracts/schemas.ts';

export const dashboardKeys = {
  all: ['dashboards'] as const,
  today: ['dashboards', 'today'] as const,
  adminBilans: (query: AdminBilansQuery) => ['dashboards', 'admin-bilans', query] as const,
};
