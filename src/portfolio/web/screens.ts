/** The beneficiary's « Mon parcours et mes compétences » (the consultant's is a section of the dossier). */
import { lazyPage, type Screens } from '../../ui/screens.ts';

export const portfolioScreens: Screens = {
  pages: [
    {
      path: '/mon-bilan/parcours',
      roles: ['beneficiary'],
      page: lazyPage(() => import('./beneficiary-page.tsx'), 'MyPortfolioPage'),
    },
  ],
  nav: [{ roles: ['beneficiary'], to: '/mon-bilan/parcours', label: 'Mon parcours', order: 15 }],
};
