/** The beneficiary's « Mes partages » and the recipient's page of a share's link (decision 045). */
import { lazyPage, type Screens } from '../../ui/screens.ts';

export const sharingScreens: Screens = {
  pages: [
    {
      path: '/mon-bilan/partages',
      roles: ['beneficiary'],
      page: lazyPage(() => import('./my-shares-page.tsx'), 'MySharesPage'),
    },
    { path: '/partage/:token', page: lazyPage(() => import('./recipient-page.tsx'), 'RecipientPage') },
  ],
  nav: [{ roles: ['beneficiary'], to: '/mon-bilan/partages', label: 'Mes partages', order: 17 }],
};
