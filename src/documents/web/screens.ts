/** The beneficiary's documents, the employer's signature link, the funder's administrative view. */
import { lazyPage, type Screens } from '../../ui/screens.ts';

export const documentsScreens: Screens = {
  pages: [
    {
      path: '/mon-bilan/documents',
      roles: ['beneficiary'],
      page: lazyPage(() => import('./beneficiary-documents-page.tsx'), 'BeneficiaryDocumentsPage'),
    },
    {
      path: '/consultant/bilans/:id/suivi-financeur',
      roles: ['consultant'],
      page: lazyPage(() => import('./funder-view-page.tsx'), 'FunderViewPage'),
    },
    {
      path: '/signature/:token',
      page: lazyPage(() => import('./employer-signature-page.tsx'), 'EmployerSignaturePage'),
    },
  ],
};
