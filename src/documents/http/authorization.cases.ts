/** The authorisation matrix's cases for this capability's routes (run by `src/app/authorization.db.test.ts`). */
import { authorizationCases } from '../../../tests/support/authorization.ts';
import { createUser } from '../../../tests/support/factories.ts';
import { saveFinancing } from '../../financing/use-cases/save-financing.ts';
import { generateDocument } from '../use-cases/generate-document.ts';

export const documentsAuthorization = authorizationCases({
  // A quote awaiting the signature of beneficiary A, renamed Bruno Lefèvre; a financing on the other bilan of A;
  // a convention awaiting its employer's signature on a third bilan of consultant A.
  async setUp(w) {
    await w.deps.db
      .updateTable('users')
      .set({ first_name: 'Bruno', last_name: 'Lefèvre' })
      .where('id', '=', w.users.beneficiaryA.id)
      .execute();
    // What every quote states besides its price (R6313-8): the organisation's VAT regime and
    // signatory, the bilan's period, modality, personal work and working time.
    await w.deps.db
      .updateTable('organisations')
      .set({ vat_regime: 'exempt', signatory_name: 'Marie Durand', signatory_role: 'gérante' })
      .where('id', '=', w.A.id)
      .execute();
    const prestation = {
      plannedStartOn: '2026-06-01',
      plannedEndOn: '2026-07-31',
      modality: 'remote',
      personalWorkHours: '8',
      workingTime: 'outside',
    } as const;
    await saveFinancing(w.deps, w.A.consultant.actor, w.bilanA, { price: '1 800', ...prestation });
    const quote = await generateDocument(w.deps, w.A.consultant.actor, w.bilanA, 'devis');
    await saveFinancing(w.deps, w.users.otherConsultantA.actor, w.otherBilanA, { price: '1 500', ...prestation });
    const employee = await createUser(w.deps, w.A.id, 'beneficiary', 'salarie');
    const employerBilan = await w.deps.db
      .insertInto('bilans')
      .values({
        organisation_id: w.A.id,
        beneficiary_id: employee.id,
        consultant_id: w.A.consultant.id,
        financing: 'employer_plan',
        planned_accompaniment_minutes: 1200,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await saveFinancing(w.deps, w.A.consultant.actor, employerBilan.id, {
      price: '1 800',
      ...prestation,
      employerName: 'Acme Industrie',
      employerContactName: 'Marc Martin',
      employerContactEmail: 'rh@acme.fr',
    });
    const convention = await generateDocument(w.deps, w.A.consultant.actor, employerBilan.id, 'convention_tripartite');
    return { documentA: quote.documentId, documentSha256: quote.sha256, conventionA: convention.documentId };
  },
  cases: (w, f) => [
    {
      method: 'GET',
      route: '/api/bilans/:id/documents',
      path: () => `/api/bilans/${w.bilanA}/documents`,
      expect: { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 },
      otherwise: 404,
    },
    {
      method: 'POST',
      route: '/api/bilans/:id/documents',
      path: () => `/api/bilans/${w.otherBilanA}/documents`,
      body: () => ({ kind: 'devis' }),
      expect: { anonymous: 401, otherConsultantA: 201, consultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'GET',
      route: '/api/documents/:id/pdf',
      path: () => `/api/documents/${f.documentA}/pdf`,
      expect: { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 },
      otherwise: 404,
    },
    {
      method: 'GET',
      route: '/api/documents/:id/signed-pdf',
      path: () => `/api/documents/${f.documentA}/signed-pdf`,
      expect: { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 },
      otherwise: 404,
    },
    {
      method: 'POST',
      route: '/api/documents/:id/signatures',
      path: () => `/api/documents/${f.documentA}/signatures`,
      body: () => ({ signedName: 'Bruno Lefèvre', consent: true, sha256: f.documentSha256 }),

      expect: { anonymous: 401, beneficiaryA: 204, consultantA: 422, adminA: 403, adminB: 403 },
      otherwise: 404,
    },
    {
      // The employer's signature given in person (decision 037): the bilan's consultant reaches the
      // check of the name the convention names (422 for another name), nobody else reaches it.
      method: 'POST',
      route: '/api/documents/:id/employer-signature',
      path: () => `/api/documents/${f.conventionA}/employer-signature`,
      body: () => ({ signedName: 'Paul Autre', consent: true, sha256: 'a'.repeat(64) }),
      expect: { anonymous: 401, consultantA: 422, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/documents/:id/employer-link/resend',
      path: () => `/api/documents/${f.conventionA}/employer-link/resend`,
      expect: { anonymous: 401, consultantA: 204, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'GET',
      route: '/api/signature-links/:token',
      path: () => '/api/signature-links/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      expect: {},
      otherwise: 404,
    },
    {
      method: 'GET',
      route: '/api/signature-links/:token/pdf',
      path: () => '/api/signature-links/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/pdf',
      expect: {},
      otherwise: 404,
    },
    {
      method: 'POST',
      route: '/api/signature-links/:token/sign',
      path: () => '/api/signature-links/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/sign',
      body: () => ({ signedName: 'Marc Martin', consent: true, sha256: 'a'.repeat(64) }),
      expect: {},
      otherwise: 404,
    },
    {
      method: 'GET',
      route: '/api/bilans/:id/funder-view',
      path: () => `/api/bilans/${w.bilanA}/funder-view`,
      expect: { anonymous: 401, consultantA: 200, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'GET',
      route: '/api/bilans/:id/funder-view/pdf',
      path: () => `/api/bilans/${w.bilanA}/funder-view/pdf`,
      expect: { anonymous: 401, consultantA: 200, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
  ],
});
