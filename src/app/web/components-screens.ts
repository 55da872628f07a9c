/** The design system's own page: every shared component with its states, for staff (decision 032). */
import { lazyPage, type Screens } from '../../ui/screens.ts';

export const componentsScreens: Screens = {
  pages: [
    {
      path: '/composants/*',
      roles: ['admin', 'consultant'],
      page: lazyPage(() => import('./components-page.tsx'), 'ComponentsPage'),
    },
  ],
};
