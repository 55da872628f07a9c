/** The authorisation matrix's cases for this capability's routes (run by `src/app/authorization.db.test.ts`). */
import { authorizationCases, unique } from '../../../tests/support/authorization.ts';

const INTAKE_PROFILE = () => ({
  name: 'Organisme modifié',
  slug: `profil-${unique()}`,
  followUpMonths: '6',
  publicPageEnabled: false,
  // Kept: the documents' cases produce a quote after this change.
  vatRegime: 'exempt',
  signatoryName: 'Marie Durand',
  signatoryRole: 'gérante',
});
const INTAKE_OFFER = {
  title: 'Bilan à distance',
  accompanimentHours: '20',
  personalWorkHours: '5',
  modality: 'remote',
  price: '1 600',
  accessDelay: '15 jours',
};

export const organisationAuthorization = authorizationCases({
  async setUp(w) {
    const offer = await w.deps.db
      .insertInto('offers')
      .values({
        organisation_id: w.A.id,
        title: 'Bilan 24 h',
        accompaniment_minutes: 1440,
        modality: 'remote',
        price_cents: 180000,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { offerA: offer.id };
  },
  cases: (_w, f) => [
    {
      method: 'GET',
      route: '/api/admin/organisation',
      path: () => '/api/admin/organisation',
      expect: { anonymous: 401, adminA: 200, adminB: 200 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/admin/organisation',
      path: () => '/api/admin/organisation',
      body: INTAKE_PROFILE,
      expect: { anonymous: 401, adminA: 200, adminB: 200 },
      otherwise: 403,
    },
    {
      method: 'GET',
      route: '/api/admin/offers',
      path: () => '/api/admin/offers',
      expect: { anonymous: 401, adminA: 200, adminB: 200 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/admin/offers',
      path: () => '/api/admin/offers',
      body: () => INTAKE_OFFER,
      expect: { anonymous: 401, adminA: 201, adminB: 201 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/admin/offers/:id',
      path: () => `/api/admin/offers/${f.offerA}`,
      body: () => INTAKE_OFFER,
      expect: { anonymous: 401, adminA: 200, adminB: 404 },
      otherwise: 403,
    },
  ],
});
