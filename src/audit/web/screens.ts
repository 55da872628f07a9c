/** The admin's audit log. */
import { lazyPage, type Screens } from '../../ui/screens.ts';

export const auditScreens: Screens = {
  pages: [
    { path: '/admin/journal', roles: ['admin'], page: lazyPage(() => import('./audit-page.tsx'), 'AdminAuditPage') },
  ],
  nav: [{ roles: ['admin'], to: '/admin/journal', label: 'Journal d’audit', order: 40 }],
};
