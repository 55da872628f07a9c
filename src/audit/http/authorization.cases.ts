/** The authorisation matrix's cases for this capability's routes (run by `src/app/authorization.db.test.ts`). */
import { authorizationCases } from '../../../tests/support/authorization.ts';

export const auditAuthorization = authorizationCases({
  cases: (w) => [
    {
      method: 'GET',
      route: '/api/admin/audit',
      path: () => '/api/admin/audit',
      expect: { anonymous: 401, adminA: 200, adminB: 200 },
      otherwise: 403,
    },
    {
      // « Qui a consulté mes données »: the bilan's beneficiary only; its consultant and admins 403.
      method: 'GET',
      route: '/api/bilans/:id/consultations',
      path: () => `/api/bilans/${w.bilanA}/consultations`,
      expect: {
        anonymous: 401,
        beneficiaryA: 200,
        adminA: 403,
        consultantA: 403,
        otherConsultantA: 403,
        adminB: 403,
        consultantB: 403,
      },
      otherwise: 404,
    },
  ],
});
