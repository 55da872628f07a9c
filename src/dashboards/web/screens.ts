/** The dashboards' pages (decision 034): the consultant's « Aujourd'hui », the admin's « Bilans ». */
import { lazyPage, type Screens } from '../../ui/screens.ts';

export const dashboardsScreens: Screens = {
  pages: [
    { path: '/consultant', roles: ['consultant'], page: lazyPage(() => import('./today-page.tsx'), 'TodayPage') },
    {
      path: '/admin/bilans',
      roles: ['admin'],
      page: lazyPage(() => import('./admin-bilans-page.tsx'), 'AdminBilansPage'),
    },
  ],
  nav: [
    { roles: ['consultant'], to: '/consultant', label: 'Aujourd’hui', end: true, order: 5 },
    { roles: ['admin'], to: '/admin/bilans', label: 'Bilans', order: 15 },
  ],
};
