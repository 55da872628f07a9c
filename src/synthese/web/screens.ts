/** The beneficiary's « Ma synthèse » (the consultant's is a section of the dossier). */
import { lazyPage, type Screens } from '../../ui/screens.ts';

export const syntheseScreens: Screens = {
  pages: [
    {
      path: '/mon-bilan/synthese',
      roles: ['beneficiary'],
      page: lazyPage(() => import('./beneficiary-page.tsx'), 'MySynthesePage'),
    },
  ],
  nav: [{ roles: ['beneficiary'], to: '/mon-bilan/synthese', label: 'Ma synthèse', order: 17 }],
};
