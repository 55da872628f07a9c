/** The authorisation matrix's cases for this capability's routes (run by `src/app/authorization.db.test.ts`). */
import { authorizationCases } from '../../../tests/support/authorization.ts';

export const emailAuthorization = authorizationCases({
  cases: (_w) => [
    {
      method: 'GET',
      route: '/api/admin/outbox',
      path: () => '/api/admin/outbox',
      expect: { anonymous: 401, adminA: 200, adminB: 200 },
      otherwise: 403,
    },
  ],
});
