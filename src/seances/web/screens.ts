/** A séance, for its consultant and its beneficiary; the consultant's agenda. */
import { lazyPage, type Screens } from '../../ui/screens.ts';

const SeancePage = lazyPage(() => import('./seance-page.tsx'), 'SeancePage');
const AgendaPage = lazyPage(() => import('./agenda-page.tsx'), 'AgendaPage');

export const seancesScreens: Screens = {
  pages: [
    { path: '/consultant/agenda', roles: ['consultant'], page: AgendaPage },
    { path: '/consultant/seances/:id', roles: ['consultant'], page: SeancePage },
    { path: '/mon-bilan/seances/:id', roles: ['beneficiary'], page: SeancePage },
  ],
  nav: [{ roles: ['consultant'], to: '/consultant/agenda', label: 'Agenda', order: 25 }],
};
