/** The authorisation matrix's cases for this capability's routes (run by `src/app/authorization.db.test.ts`). */
import { authorizationCases } from '../../../tests/support/authorization.ts';
import { samplePublisherReport } from '../../../tests/support/sample-pdf.ts';
import { ExternalTestSchema } from '../contracts/schemas.ts';
import { recordExternalTest } from '../use-cases/record-external-test.ts';

const EXTERNAL_TEST = {
  testName: 'Test d’intérêts',
  publisher: 'Éditeur',
  takenOn: '2026-11-20',
  scores: [{ label: 'Social', value: 12 }],
};
const BOUNDARY = 'sillage-matrice';
const REPORT_MULTIPART = [
  `--${BOUNDARY}`,
  'Content-Disposition: form-data; name="report"; filename="rapport.pdf"',
  'Content-Type: application/pdf',
  '',
  '%PDF-1.4\n%%EOF',
  `--${BOUNDARY}--`,
  '',
].join('\r\n');

export const externalTestsAuthorization = authorizationCases({
  async setUp(w) {
    const record = async (upload: boolean) =>
      (
        await recordExternalTest(
          w.deps,
          w.A.consultant.actor,
          w.bilanA,
          ExternalTestSchema.parse(EXTERNAL_TEST),
          upload ? { fileName: 'rapport.pdf', bytes: samplePublisherReport() } : null,
        )
      ).resultId;
    return { resultA: await record(true), toDelete: await record(false) };
  },
  cases: (w, f) => [
    {
      method: 'GET',
      route: '/api/bilans/:id/external-tests',
      path: () => `/api/bilans/${w.bilanA}/external-tests`,
      expect: { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 },
      otherwise: 404,
    },
    {
      method: 'POST',
      route: '/api/bilans/:id/external-tests',
      path: () => `/api/bilans/${w.bilanA}/external-tests`,
      body: () => EXTERNAL_TEST,
      expect: { anonymous: 401, consultantA: 201, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/external-tests/:id',
      path: () => `/api/external-tests/${f.resultA}`,
      body: () => ({ ...EXTERNAL_TEST, code: 'SAE' }),
      expect: { anonymous: 401, consultantA: 204, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/external-tests/:id/report',
      path: () => `/api/external-tests/${f.resultA}/report`,
      raw: () => ({ body: REPORT_MULTIPART, type: `multipart/form-data; boundary=${BOUNDARY}` }),
      expect: { anonymous: 401, consultantA: 200, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'GET',
      route: '/api/external-tests/:id/report',
      path: () => `/api/external-tests/${f.resultA}/report`,
      expect: { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 },
      otherwise: 404,
    },
    {
      method: 'POST',
      route: '/api/external-tests/:id/delete',
      path: () => `/api/external-tests/${f.toDelete}/delete`,
      expect: { anonymous: 401, consultantA: 204, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
  ],
});
