/** The beneficiary's « Mes pistes » (the consultant's is a section of the dossier). */
import { lazyPage, type Screens } from '../../ui/screens.ts';

export const explorationScreens: Screens = {
  pages: [
    {
      path: '/mon-bilan/pistes',
      roles: ['beneficiary'],
      page: lazyPage(() => import('./beneficiary-page.tsx'), 'MyPistesPage'),
    },
  ],
  nav: [{ roles: ['beneficiary'], to: '/mon-bilan/pistes', label: 'Mes pistes', order: 16 }],
};
