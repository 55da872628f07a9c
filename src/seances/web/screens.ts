/** A séance, for its consultant and its beneficiary. */
import { lazyPage, type Screens } from '../../ui/screens.ts';

const SeancePage = lazyPage(() => import('./seance-page.tsx'), 'SeancePage');

export const seancesScreens: Screens = {
  pages: [
    { path: '/consultant/seances/:id', roles: ['consultant'], page: SeancePage },
    { path: '/mon-bilan/seances/:id', roles: ['beneficiary'], page: SeancePage },
  ],
};
