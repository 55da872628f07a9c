/** The admin's view of the e-mail outbox. */
import { lazyPage, type Screens } from '../../ui/screens.ts';

export const emailScreens: Screens = {
  pages: [
    {
      path: '/admin/courriels',
      roles: ['admin'],
      page: lazyPage(() => import('./outbox-page.tsx'), 'AdminOutboxPage'),
    },
  ],
  nav: [{ roles: ['admin'], to: '/admin/courriels', label: 'Courriels', order: 30 }],
};
