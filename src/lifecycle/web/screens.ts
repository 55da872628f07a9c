/**
 * The lifecycle's pages (decision 046): the beneficiary's retention agreements and destruction
 * certificate, and the certificate for the organisation (its admins, the dossier's consultant).
 */
import { lazyPage, type Screens } from '../../ui/screens.ts';
import { MY_CERTIFICATE_PATH, RETENTION_PATH } from './labels.ts';

export const lifecycleScreens: Screens = {
  pages: [
    {
      path: RETENTION_PATH,
      roles: ['beneficiary'],
      page: lazyPage(() => import('./retention-page.tsx'), 'RetentionPage'),
    },
    {
      path: MY_CERTIFICATE_PATH,
      roles: ['beneficiary'],
      page: lazyPage(() => import('./certificate-page.tsx'), 'MyCertificatePage'),
    },
    {
      path: '/certificats-de-destruction/:id',
      roles: ['admin', 'consultant'],
      page: lazyPage(() => import('./certificate-page.tsx'), 'StaffCertificatePage'),
    },
  ],
  nav: [],
};
