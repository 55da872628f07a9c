/** The authorisation matrix's cases for this capability's routes (run by `src/app/authorization.db.test.ts`). */
import { authorizationCases } from '../../../tests/support/authorization.ts';
import { createEvaluation } from '../data/evaluation-repository.ts';

export const afterAuthorization = authorizationCases({
  // An évaluation à froid sent for bilan A, not answered yet.
  async setUp(w) {
    await w.deps.db.transaction().execute((trx) =>
      createEvaluation(
        trx,
        {
          bilanId: w.bilanA,
          organisationId: w.A.id,
          kind: 'froid',
          to: w.users.beneficiaryA.email,
          firstName: 'Bruno',
          organisationName: w.A.name,
        },
        w.deps,
        w.deps.clock.now(),
      ),
    );
  },
  cases: (w) => [
    {
      method: 'GET',
      route: '/api/bilans/:id/after',
      path: () => `/api/bilans/${w.bilanA}/after`,
      expect: { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 },
      otherwise: 404,
    },
    {
      method: 'POST',
      route: '/api/bilans/:id/follow-up/offer',
      path: () => `/api/bilans/${w.bilanA}/follow-up/offer`,
      expect: { anonymous: 401, consultantA: 409, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/bilans/:id/follow-up/answer',
      path: () => `/api/bilans/${w.bilanA}/follow-up/answer`,
      body: () => ({ response: 'accepted' }),
      expect: { anonymous: 401, beneficiaryA: 409, otherBeneficiaryA: 404, beneficiaryB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/bilans/:id/follow-up/record',
      path: () => `/api/bilans/${w.bilanA}/follow-up/record`,
      body: () => ({ outcome: 'project_done', heldOn: '2026-11-01' }),
      expect: { anonymous: 401, consultantA: 409, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/bilans/:id/evaluations/hot',
      path: () => `/api/bilans/${w.bilanA}/evaluations/hot`,
      expect: { anonymous: 401, consultantA: 409, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/bilans/:id/evaluations/:kind/resend',
      path: () => `/api/bilans/${w.bilanA}/evaluations/froid/resend`,
      expect: { anonymous: 401, consultantA: 204, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/bilans/:id/edof',
      path: () => `/api/bilans/${w.bilanA}/edof`,
      body: () => ({ kind: 'entry', declaredOn: '2026-11-01' }),
      expect: { anonymous: 401, consultantA: 409, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'GET',
      route: '/api/admin/indicators',
      path: () => '/api/admin/indicators?from=2026-01-01&to=2026-12-31',
      expect: { anonymous: 401, adminA: 200, adminB: 200 },
      otherwise: 403,
    },
    {
      method: 'GET',
      route: '/api/evaluations/:token',
      path: () => '/api/evaluations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      expect: {},
      otherwise: 404,
    },
    {
      method: 'POST',
      route: '/api/evaluations/:token',
      path: () => '/api/evaluations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      body: () => ({ answers: {} }),
      expect: {},
      otherwise: 404,
    },
  ],
});
