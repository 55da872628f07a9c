/** The authorisation matrix's cases for the beneficiary's export (run by `src/app/authorization.db.test.ts`). */
import { authorizationCases } from '../../../tests/support/authorization.ts';

export const dataExportAuthorization = authorizationCases({
  cases: (w) => [
    {
      method: 'GET',
      route: '/api/bilans/:id/mes-donnees.zip',
      path: () => `/api/bilans/${w.bilanA}/mes-donnees.zip`,
      // Its beneficiary alone; the consultant and the admins are refused by role, whatever the bilan.
      expect: {
        anonymous: 401,
        beneficiaryA: 200,
        consultantA: 403,
        otherConsultantA: 403,
        consultantB: 403,
        adminA: 403,
        adminB: 403,
      },
      otherwise: 404,
    },
  ],
});
