/** The authorisation matrix's cases for this capability's routes (run by `src/app/authorization.db.test.ts`). */
import { authorizationCases, unique } from '../../../tests/support/authorization.ts';
import { createBilan } from '../../bilans/use-cases/create-bilan.ts';
import { inviteConsultant } from '../use-cases/invitations/invite-consultant.ts';

export const accountsAuthorization = authorizationCases({
  async setUp(w) {
    const consultantInvitationA = (
      await inviteConsultant(w.deps, w.A.admin.actor, {
        firstName: 'Nina',
        lastName: 'Invitée',
        email: 'nina@exemple.fr',
      })
    ).invitationId;
    const pending = await createBilan(w.deps, w.users.otherConsultantA.actor, {
      beneficiary: { firstName: 'Paul', lastName: 'Attente', email: 'paul.attente@exemple.fr' },
      financing: 'opco',
      plannedHours: 1200,
    });
    const beneficiaryInvitationA = (
      await w.deps.db
        .selectFrom('invitations')
        .select('id')
        .where('user_id', '=', pending.beneficiaryId)
        .executeTakeFirstOrThrow()
    ).id;
    return { consultantInvitationA, beneficiaryInvitationA };
  },
  cases: (_w, f) => [
    { method: 'GET', route: '/api/setup', path: () => '/api/setup', expect: {}, otherwise: 200 },
    {
      method: 'POST',
      route: '/api/setup',
      path: () => '/api/setup',
      body: () => ({
        organisationName: 'Intrus',
        firstName: 'I',
        lastName: 'N',
        email: `intrus${unique()}@exemple.fr`,
        password: 'un mot de passe long',
      }),
      expect: {},
      otherwise: 409,
    },
    { method: 'GET', route: '/api/session', path: () => '/api/session', expect: {}, otherwise: 200 },
    {
      method: 'GET',
      route: '/api/admin/consultants',
      path: () => '/api/admin/consultants',
      expect: { anonymous: 401, adminA: 200, adminB: 200 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/admin/consultants',
      path: () => '/api/admin/consultants',
      body: () => ({ firstName: 'C', lastName: 'N', email: `cn${unique()}@exemple.fr` }),
      expect: { anonymous: 401, adminA: 201, adminB: 201 },
      otherwise: 403,
    },
    {
      method: 'GET',
      route: '/api/admin/invitations',
      path: () => '/api/admin/invitations',
      expect: { anonymous: 401, adminA: 200, adminB: 200 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/invitations/:id/resend',
      path: () => `/api/invitations/${f.beneficiaryInvitationA}/resend`,
      // The beneficiary's consultant sends their invitation; an admin manages consultants' only (decision 026).
      expect: { anonymous: 401, otherConsultantA: 201, adminA: 404, consultantA: 404, adminB: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/invitations/:id/revoke',
      path: () => `/api/invitations/${f.consultantInvitationA}/revoke`,
      expect: { anonymous: 401, adminA: 204, consultantA: 404, otherConsultantA: 404, adminB: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'GET',
      route: '/api/invitations/:token',
      path: () => '/api/invitations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      expect: {},
      otherwise: 404,
    },
    {
      method: 'POST',
      route: '/api/invitations/:token/accept',
      path: () => '/api/invitations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/accept',
      body: () => ({ password: 'un mot de passe long' }),
      expect: {},
      otherwise: 404,
    },
    {
      method: 'POST',
      route: '/api/auth/login',
      path: () => '/api/auth/login',
      body: () => ({ email: `personne${unique()}@exemple.fr`, password: 'faux' }),
      expect: {},
      otherwise: 401,
    },
    {
      method: 'POST',
      route: '/api/auth/password-reset',
      path: () => '/api/auth/password-reset',
      body: () => ({ email: 'personne@exemple.fr' }),
      expect: {},
      otherwise: 202,
    },
    {
      method: 'POST',
      route: '/api/auth/password-reset/confirm',
      path: () => '/api/auth/password-reset/confirm',
      body: () => ({ token: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', password: 'un mot de passe long' }),
      expect: {},
      otherwise: 410,
    },
    { method: 'POST', route: '/api/auth/logout', path: () => '/api/auth/logout', expect: {}, otherwise: 204 },
  ],
});
