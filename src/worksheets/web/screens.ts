/** The consultant's worksheet library, editor and previews. */
import { lazyPage, type Screens } from '../../ui/screens.ts';

export const worksheetsScreens: Screens = {
  pages: [
    {
      path: '/consultant/cahiers',
      roles: ['consultant'],
      page: lazyPage(() => import('./library-page.tsx'), 'WorksheetLibraryPage'),
    },
    {
      path: '/consultant/cahiers/modeles/:modelId',
      roles: ['consultant'],
      page: lazyPage(() => import('./preview-page.tsx'), 'ModelPreviewPage'),
    },
    {
      path: '/consultant/cahiers/:id',
      roles: ['consultant'],
      page: lazyPage(() => import('./editor-page.tsx'), 'WorksheetEditorPage'),
    },
    {
      path: '/consultant/cahiers/:id/apercu',
      roles: ['consultant'],
      page: lazyPage(() => import('./preview-page.tsx'), 'WorksheetPreviewPage'),
    },
  ],
  // The library, after « Nouveau bilan ».
  nav: [{ roles: ['consultant'], to: '/consultant/cahiers', label: 'Cahiers d’étape', order: 30 }],
};
