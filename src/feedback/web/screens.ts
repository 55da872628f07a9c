/** The page a 360° respondent answers through their link. */
import { lazyPage, type Screens } from '../../ui/screens.ts';

export const feedbackScreens: Screens = {
  pages: [{ path: '/regard/:token', page: lazyPage(() => import('./respondent-page.tsx'), 'RespondentPage') }],
};
