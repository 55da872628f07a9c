/** The authorisation matrix's cases for this capability's routes (run by `src/app/authorization.db.test.ts`). */
import { createHash } from 'node:crypto';
import { authorizationCases, unique } from '../../../tests/support/authorization.ts';
import { createUser, insertBilan } from '../../../tests/support/factories.ts';
import { CURRENT_CHARTER, charterText } from '../domain/charter.ts';
import { CURRENT_NOTICE } from '../domain/notice.ts';

const CHARTER_SHA256 = createHash('sha256').update(charterText(CURRENT_CHARTER)).digest('hex');

export const bilansAuthorization = authorizationCases({
  // A bilan of consultant A that only the reassignment case moves (to the other consultant of A).
  async setUp(w) {
    const beneficiary = await createUser(w.deps, w.A.id, 'beneficiary', 'reaffecte');
    return { spareBilan: await insertBilan(w.deps, w.A, beneficiary) };
  },
  cases: (w, f) => [
    {
      method: 'GET',
      route: '/api/consultant/home',
      path: () => '/api/consultant/home',
      expect: { anonymous: 401, consultantA: 200, otherConsultantA: 200, consultantB: 200 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/bilans',
      path: () => '/api/bilans',
      body: () => ({
        beneficiary: { firstName: 'N', lastName: 'B', email: `nb${unique()}@exemple.fr` },
        financing: 'opco',
        plannedHours: '20',
      }),
      expect: { anonymous: 401, consultantA: 201, otherConsultantA: 201, consultantB: 201 },
      otherwise: 403,
    },
    {
      method: 'GET',
      route: '/api/bilans/:id',
      path: () => `/api/bilans/${w.bilanA}`,
      expect: { anonymous: 401, consultantA: 200, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/bilans/:id/transitions',
      path: () => `/api/bilans/${w.bilanB}/transitions`,
      body: () => ({ to: 'abandonne', reason: 'Déménagement' }),
      expect: { anonymous: 401, consultantA: 404, otherConsultantA: 404, consultantB: 200 },
      otherwise: 403,
    },
    {
      method: 'GET',
      route: '/api/me/bilan',
      path: () => '/api/me/bilan',
      expect: { anonymous: 401, beneficiaryA: 200, otherBeneficiaryA: 200, beneficiaryB: 200 },
      otherwise: 403,
    },
    {
      method: 'GET',
      route: '/api/bilans/:id/consent',
      path: () => `/api/bilans/${w.bilanA}/consent`,
      expect: { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 },
      otherwise: 404,
    },
    {
      method: 'POST',
      route: '/api/bilans/:id/consent',
      path: () => `/api/bilans/${w.bilanA}/consent`,
      body: () => ({ decision: 'given', noticeVersion: CURRENT_NOTICE.version }),
      expect: { anonymous: 401, beneficiaryA: 204, otherBeneficiaryA: 404, beneficiaryB: 404 },
      otherwise: 403,
    },
    {
      method: 'GET',
      route: '/api/bilans/:id/charter',
      path: () => `/api/bilans/${w.bilanA}/charter`,
      expect: { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 },
      otherwise: 404,
    },
    {
      method: 'POST',
      route: '/api/bilans/:id/charter',
      path: () => `/api/bilans/${w.bilanA}/charter`,
      body: () => ({
        signedName: w.consultantAName,
        consent: true,
        charterVersion: CURRENT_CHARTER.version,
        textSha256: CHARTER_SHA256,
      }),

      expect: { anonymous: 401, consultantA: 204, beneficiaryA: 422, adminA: 403, adminB: 403 },
      otherwise: 404,
    },
    {
      method: 'GET',
      route: '/api/bilans/:id/checklist',
      path: () => `/api/bilans/${w.bilanA}/checklist`,
      expect: { anonymous: 401, consultantA: 200, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/bilans/:id/preliminaire',
      path: () => `/api/bilans/${w.bilanA}/preliminaire`,
      body: () => ({ needAnalysis: 'Analyse', format: 'Format', modalities: 'Modalités' }),
      expect: { anonymous: 401, consultantA: 204, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/bilans/:id/consultant',
      path: () => `/api/bilans/${f.spareBilan}/consultant`,
      body: () => ({ consultantId: w.users.otherConsultantA.id }),
      expect: { anonymous: 401, adminA: 200, adminB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/bilans/:id/attestations',
      path: () => `/api/bilans/${w.bilanA}/attestations`,
      body: () => ({ item: 'career_path_reviewed', met: true }),
      expect: { anonymous: 401, consultantA: 204, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
  ],
});
