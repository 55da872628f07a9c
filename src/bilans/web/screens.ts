/** The consultant's bilans and dossier; the beneficiary's home, consent and charter. */
import { lazyPage, type Screens } from '../../ui/screens.ts';
import { prefetchDossier } from './dossier/sections.ts';

export const bilansScreens: Screens = {
  pages: [
    {
      // « Aujourd'hui » is at /consultant (src/dashboards/web/screens.ts).
      path: '/consultant/bilans',
      roles: ['consultant'],
      page: lazyPage(() => import('./consultant-home-page.tsx'), 'ConsultantHomePage'),
    },
    {
      path: '/consultant/bilans/nouveau',
      roles: ['consultant'],
      page: lazyPage(() => import('./new-bilan-page.tsx'), 'NewBilanPage'),
    },
    {
      // The dossier and its sections (dossier/sections.ts); static paths like « nouveau » win.
      path: '/consultant/bilans/:id/:section?',
      roles: ['consultant'],
      page: lazyPage(() => import('./bilan-page.tsx'), 'BilanPage'),
      prefetch: prefetchDossier,
    },
    {
      path: '/mon-bilan',
      roles: ['beneficiary'],
      page: lazyPage(() => import('./beneficiary-home-page.tsx'), 'BeneficiaryHomePage'),
    },
    {
      path: '/mon-bilan/consentement',
      roles: ['beneficiary'],
      page: lazyPage(() => import('./consent-page.tsx'), 'ConsentPage'),
    },
    {
      path: '/mon-bilan/charte',
      roles: ['beneficiary'],
      page: lazyPage(() => import('./beneficiary-charter-page.tsx'), 'BeneficiaryCharterPage'),
    },
  ],
  nav: [
    {
      roles: ['consultant'],
      to: '/consultant/bilans',
      label: 'Bilans',
      // The list and every dossier, not the new-bilan form (its own entry).
      current: /^\/consultant\/bilans(\/(?!nouveau$)[^/]+(\/[^/]+)?)?\/?$/,
      order: 10,
    },
    { roles: ['consultant'], to: '/consultant/bilans/nouveau', label: 'Nouveau bilan', order: 20 },
    {
      roles: ['beneficiary'],
      to: '/mon-bilan',
      label: 'Mon bilan',
      // Every page of the bilan but « Mon parcours » and « Mes pistes » (their own entries,
      // portfolio/web/screens.ts and exploration/web/screens.ts).
      current: /^\/mon-bilan(?!\/(parcours|pistes)(\/|$))(\/.*)?$/,
      order: 10,
    },
  ],
};
