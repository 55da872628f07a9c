/** The BPF's page for admins (decision 051). */
import { lazyPage, type Screens } from '../../ui/screens.ts';

export const bpfScreens: Screens = {
  pages: [{ path: '/admin/bpf', roles: ['admin'], page: lazyPage(() => import('./bpf-page.tsx'), 'AdminBpfPage') }],
  nav: [{ roles: ['admin'], to: '/admin/bpf', label: 'Bilan pédagogique et financier', order: 55 }],
};
