/** Évaluations answered by link, and the admin's results indicators. */
import { lazyPage, type Screens } from '../../ui/screens.ts';

export const afterScreens: Screens = {
  pages: [
    { path: '/evaluation/:token', page: lazyPage(() => import('./evaluation-page.tsx'), 'EvaluationPage') },
    {
      path: '/admin/indicateurs',
      roles: ['admin'],
      page: lazyPage(() => import('./indicators-page.tsx'), 'AdminIndicatorsPage'),
    },
  ],
  nav: [{ roles: ['admin'], to: '/admin/indicateurs', label: 'Indicateurs', order: 50 }],
};
