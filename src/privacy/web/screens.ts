/** The beneficiary's « Mes droits » and the admin's register of GDPR requests (decision 048). */
import { lazyPage, type Screens } from '../../ui/screens.ts';

export const privacyScreens: Screens = {
  pages: [
    {
      path: '/mon-bilan/mes-droits',
      roles: ['beneficiary'],
      page: lazyPage(() => import('./my-rights-page.tsx'), 'MyRightsPage'),
    },
    {
      path: '/admin/demandes-rgpd',
      roles: ['admin'],
      page: lazyPage(() => import('./register-page.tsx'), 'PrivacyRegisterPage'),
    },
  ],
  nav: [
    { roles: ['beneficiary'], to: '/mon-bilan/mes-droits', label: 'Mes droits', order: 19 },
    { roles: ['admin'], to: '/admin/demandes-rgpd', label: 'Demandes RGPD', order: 45 },
  ],
};
