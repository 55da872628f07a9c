/** Every capability's pages and navigation entries, one line each (`ui/screens.ts`). */
import type { Screens } from '../../ui/screens.ts';
import { accountsScreens } from '../../accounts/web/screens.ts';
import { auditScreens } from '../../audit/web/screens.ts';
import { emailScreens } from '../../email/web/screens.ts';
import { organisationScreens } from '../../organisation/web/screens.ts';
import { intakeScreens } from '../../intake/web/screens.ts';
import { bilansScreens } from '../../bilans/web/screens.ts';
import { seancesScreens } from '../../seances/web/screens.ts';
import { documentsScreens } from '../../documents/web/screens.ts';
import { questionnairesScreens } from '../../questionnaires/web/screens.ts';
import { worksheetsScreens } from '../../worksheets/web/screens.ts';
import { feedbackScreens } from '../../feedback/web/screens.ts';
import { catalogScreens } from '../../catalog/web/screens.ts';
import { afterScreens } from '../../after/web/screens.ts';
import { componentsScreens } from './components-screens.ts';
import { dashboardsScreens } from '../../dashboards/web/screens.ts';
import { portfolioScreens } from '../../portfolio/web/screens.ts';
import { explorationScreens } from '../../exploration/web/screens.ts';
import { actionPlanScreens } from '../../action-plan/web/screens.ts';
import { dataExportScreens } from '../../data-export/web/screens.ts';
import { sharingScreens } from '../../sharing/web/screens.ts';
import { syntheseScreens } from '../../synthese/web/screens.ts';
import { privacyScreens } from '../../privacy/web/screens.ts';
import { qualityScreens } from '../../quality/web/screens.ts';
import { bpfScreens } from '../../bpf/web/screens.ts';
import { lifecycleScreens } from '../../lifecycle/web/screens.ts';

export const SCREENS: Screens[] = [
  accountsScreens,
  auditScreens,
  emailScreens,
  organisationScreens,
  intakeScreens,
  bilansScreens,
  seancesScreens,
  documentsScreens,
  questionnairesScreens,
  worksheetsScreens,
  feedbackScreens,
  catalogScreens,
  afterScreens,
  componentsScreens,
  dashboardsScreens,
  portfolioScreens,
  explorationScreens,
  actionPlanScreens,
  sharingScreens,
  syntheseScreens,
  privacyScreens,
  dataExportScreens,
  qualityScreens,
  bpfScreens,
  lifecycleScreens,
];
