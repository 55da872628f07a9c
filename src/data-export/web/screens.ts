/** The beneficiary's « Mes données »: what their export holds, and the download (decision 047). */
import { lazyPage, type Screens } from '../../ui/screens.ts';

export const dataExportScreens: Screens = {
  pages: [
    {
      path: '/mon-bilan/mes-donnees',
      roles: ['beneficiary'],
      page: lazyPage(() => import('./my-data-page.tsx'), 'MyDataPage'),
    },
  ],
  nav: [],
};
