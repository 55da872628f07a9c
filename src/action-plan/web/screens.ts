/** The beneficiary's « Mon plan d’action » (the consultant's is a section of the dossier). */
import { lazyPage, type Screens } from '../../ui/screens.ts';

export const actionPlanScreens: Screens = {
  pages: [
    {
      path: '/mon-bilan/plan-d-action',
      roles: ['beneficiary'],
      page: lazyPage(() => import('./beneficiary-page.tsx'), 'MyActionPlanPage'),
    },
  ],
  nav: [{ roles: ['beneficiary'], to: '/mon-bilan/plan-d-action', label: 'Mon plan d’action', order: 17 }],
};
