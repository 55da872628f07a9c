/** The admin's audit log; the beneficiary's « Qui a consulté mes données » (decision 049). */
import { lazyPage, type Screens } from '../../ui/screens.ts';

export const auditScreens: Screens = {
  pages: [
    { path: '/admin/journal', roles: ['admin'], page: lazyPage(() => import('./audit-page.tsx'), 'AdminAuditPage') },
    {
      path: '/mon-bilan/consultations',
      roles: ['beneficiary'],
      page: lazyPage(() => import('./content-reads-page.tsx'), 'ContentReadsPage'),
    },
  ],
  nav: [{ roles: ['admin'], to: '/admin/journal', label: 'Journal d’audit', order: 40 }],
};
