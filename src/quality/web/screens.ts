/** The admin's « Qualiopi : preuves » and its two registers (complaints, improvement actions). */
import { lazyPage, type Screens } from '../../ui/screens.ts';

export const qualityScreens: Screens = {
  pages: [
    {
      path: '/admin/qualiopi',
      roles: ['admin'],
      page: lazyPage(() => import('./evidence-page.tsx'), 'QualiopiEvidencePage'),
    },
    {
      path: '/admin/qualiopi/reclamations',
      roles: ['admin'],
      page: lazyPage(() => import('./complaints-page.tsx'), 'ComplaintsRegisterPage'),
    },
    {
      path: '/admin/qualiopi/ameliorations',
      roles: ['admin'],
      page: lazyPage(() => import('./actions-page.tsx'), 'ImprovementActionsPage'),
    },
  ],
  nav: [{ roles: ['admin'], to: '/admin/qualiopi', label: 'Qualiopi : preuves', order: 51 }],
};
