/** The ROME catalogue: open data, readable without an account. */
import { lazyPage, type Screens } from '../../ui/screens.ts';

export const catalogScreens: Screens = {
  pages: [
    { path: '/metiers', page: lazyPage(() => import('./search-page.tsx'), 'CatalogSearchPage') },
    { path: '/metiers/:codeRome', page: lazyPage(() => import('./job-sheet-page.tsx'), 'JobSheetPage') },
  ],
  // Every role explores jobs.
  nav: [{ roles: ['admin', 'consultant', 'beneficiary'], to: '/metiers', label: 'Métiers', order: 60 }],
};
