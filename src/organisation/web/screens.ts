/** The organisation's profile and offers, for its admins. */
import { lazyPage, type Screens } from '../../ui/screens.ts';

export const organisationScreens: Screens = {
  pages: [
    {
      path: '/admin/organisme',
      roles: ['admin'],
      page: lazyPage(() => import('./organisation-page.tsx'), 'AdminOrganisationPage'),
    },
    { path: '/admin/offres', roles: ['admin'], page: lazyPage(() => import('./offers-page.tsx'), 'AdminOffersPage') },
    {
      path: '/admin/offres/:id',
      roles: ['admin'],
      page: lazyPage(() => import('./offers-page.tsx'), 'AdminOfferEditPage'),
    },
  ],
  nav: [
    { roles: ['admin'], to: '/admin/organisme', label: 'Organisme', order: 70 },
    { roles: ['admin'], to: '/admin/offres', label: 'Offres', order: 80 },
  ],
};
