/** The organisation's public page with its contact form; the leads, for admins and consultants. */
import { lazyPage, type Screens } from '../../ui/screens.ts';

export const intakeScreens: Screens = {
  pages: [
    { path: '/organismes/:slug', page: lazyPage(() => import('./public-page.tsx'), 'PublicOrganisationPageView') },
    {
      path: '/demandes',
      roles: ['admin', 'consultant'],
      page: lazyPage(() => import('./leads-page.tsx'), 'LeadsPage'),
    },
    {
      path: '/demandes/:id',
      roles: ['admin', 'consultant'],
      page: lazyPage(() => import('./leads-page.tsx'), 'LeadPage'),
    },
  ],
  nav: [{ roles: ['admin', 'consultant'], to: '/demandes', label: 'Demandes', order: 22 }],
};
