/** A questionnaire: answered by the beneficiary, read and commented by the consultant. */
import { lazyPage, type Screens } from '../../ui/screens.ts';

export const questionnairesScreens: Screens = {
  pages: [
    {
      path: '/mon-bilan/questionnaires/:id',
      roles: ['beneficiary'],
      page: lazyPage(() => import('./beneficiary-questionnaire-page.tsx'), 'BeneficiaryQuestionnairePage'),
    },
    {
      path: '/consultant/questionnaires/:id',
      roles: ['consultant'],
      page: lazyPage(() => import('./consultant-questionnaire-page.tsx'), 'ConsultantQuestionnairePage'),
    },
  ],
};
