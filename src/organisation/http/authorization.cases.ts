/** The authorisation matrix's cases for this capability's routes (run by `src/app/authorization.db.test.ts`). */
import { authorizationCases, unique } from '../../../tests/support/authorization.ts';
import { samplePng } from '../../../tests/support/sample-images.ts';
import { uploadLogo } from '../use-cases/upload-logo.ts';

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
const BOUNDARY = 'sillage-logo';
/** A multipart body in text: an SVG declared as PNG (admins are let in, then the file is refused: 422). */
const LOGO_MULTIPART = [
  `--${BOUNDARY}`,
  'Content-Disposition: form-data; name="logo"; filename="logo.png"',
  'Content-Type: image/png',
  '',
  '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  `--${BOUNDARY}--`,
  '',
].join('\r\n');
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
    // A's logo, served to anyone (its public page shows it).
    await uploadLogo(w.deps, w.A.admin.actor, samplePng());
    return { offerA: offer.id };
  },
  cases: (w, f) => [
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
      route: '/api/admin/organisation/brand',
      path: () => '/api/admin/organisation/brand',
      expect: { anonymous: 401, adminA: 200, adminB: 200 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/admin/organisation/brand',
      path: () => '/api/admin/organisation/brand',
      body: () => ({ accentColour: '#1f4e79' }),
      expect: { anonymous: 401, adminA: 200, adminB: 200 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/admin/organisation/logo',
      path: () => '/api/admin/organisation/logo',
      raw: () => ({ body: LOGO_MULTIPART, type: `multipart/form-data; boundary=${BOUNDARY}` }),
      expect: { anonymous: 401, adminA: 422, adminB: 422 },
      otherwise: 403,
    },
    {
      method: 'GET',
      route: '/api/organisations/:id/logo',
      path: () => `/api/organisations/${w.A.id}/logo`,
      expect: {},
      otherwise: 200,
    },
    {
      method: 'POST',
      route: '/api/admin/organisation/logo/delete',
      path: () => '/api/admin/organisation/logo/delete',
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
