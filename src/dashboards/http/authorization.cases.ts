/** The authorisation matrix's cases for this capability's routes (run by `src/app/authorization.db.test.ts`). */
import { authorizationCases } from '../../../tests/support/authorization.ts';

export const dashboardsAuthorization = authorizationCases({
  cases: () => [
    {
      method: 'GET',
      route: '/api/consultant/today',
      path: () => '/api/consultant/today',
      expect: { anonymous: 401, consultantA: 200, otherConsultantA: 200, consultantB: 200 },
      otherwise: 403,
    },
    {
      method: 'GET',
      route: '/api/admin/bilans',
      path: () => '/api/admin/bilans?alerts=oui&q=a',
      expect: { anonymous: 401, adminA: 200, adminB: 200 },
      otherwise: 403,
    },
  ],
});
