/** The authorisation matrix's cases for this capability's routes (run by `src/app/authorization.db.test.ts`). */
import { authorizationCases } from '../../../tests/support/authorization.ts';

export const financingAuthorization = authorizationCases({
  cases: (w) => [
    {
      method: 'GET',
      route: '/api/rules/cpf/earliest-start',
      path: () => '/api/rules/cpf/earliest-start?validatedOn=2026-05-04',
      expect: {},
      otherwise: 200,
    },
    {
      method: 'GET',
      route: '/api/bilans/:id/financing',
      path: () => `/api/bilans/${w.bilanA}/financing`,
      expect: { anonymous: 401, consultantA: 200, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/bilans/:id/financing',
      path: () => `/api/bilans/${w.bilanA}/financing`,
      body: () => ({ price: '1 800', funderName: 'OPCO Atlas' }),
      expect: { anonymous: 401, consultantA: 200, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/bilans/:id/financing/status',
      path: () => `/api/bilans/${w.otherBilanA}/financing/status`,
      body: () => ({ to: 'request_sent' }),
      expect: { anonymous: 401, otherConsultantA: 200, consultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
  ],
});
