/** The pages of accounts: set-up and sign-in (in the first bundle), the admin's team and invitations. */
import { lazyPage, type Screens } from '../../ui/screens.ts';
import { ForgotPasswordPage } from './forgot-password-page.tsx';
import { InvitationPage } from './invitation-page.tsx';
import { LoginPage } from './login-page.tsx';
import { ResetPasswordPage } from './reset-password-page.tsx';
import { SetupPage } from './setup-page.tsx';

export const accountsScreens: Screens = {
  pages: [
    { path: '/installation', page: SetupPage },
    { path: '/connexion', page: LoginPage },
    { path: '/mot-de-passe-oublie', page: ForgotPasswordPage },
    { path: '/reinitialiser-mot-de-passe/:token', page: ResetPasswordPage },
    { path: '/invitation/:token', page: InvitationPage },
    { path: '/admin', roles: ['admin'], page: lazyPage(() => import('./team-page.tsx'), 'AdminTeamPage') },
    {
      path: '/admin/invitations',
      roles: ['admin'],
      page: lazyPage(() => import('./invitations-page.tsx'), 'AdminInvitationsPage'),
    },
  ],
  nav: [
    { roles: ['admin'], to: '/admin', label: 'Équipe', end: true, order: 10 },
    { roles: ['admin'], to: '/admin/invitations', label: 'Invitations en attente', order: 20 },
  ],
};
