/** The authorisation matrix's cases for this capability's routes (run by `src/app/authorization.db.test.ts`). */
import { authorizationCases } from '../../../tests/support/authorization.ts';
import type { TestOrganisation } from '../../../tests/support/factories.ts';
import type { World } from '../../../tests/support/authorization.ts';

async function seance(
  w: World,
  org: TestOrganisation,
  startsAt: string,
  endsAt: string,
  held = false,
): Promise<string> {
  const row = await w.deps.db
    .insertInto('seances')
    .values({
      organisation_id: org.id,
      bilan_id: w.bilanA,
      consultant_id: org.consultant.id,
      phase: 'preliminaire',
      mode: 'in_person',
      place: 'Bureau',
      starts_at: startsAt,
      ends_at: endsAt,
      status: held ? 'held' : 'planned',
      ...(held ? { actual_start_at: startsAt, actual_end_at: endsAt } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export const seancesAuthorization = authorizationCases({
  async setUp(w) {
    return {
      seanceToMove: await seance(w, w.A, '2027-02-01T09:00:00Z', '2027-02-01T11:00:00Z'),
      seanceToCancel: await seance(w, w.A, '2027-02-02T09:00:00Z', '2027-02-02T11:00:00Z'),
      seanceToHold: await seance(w, w.A, '2026-11-20T09:00:00Z', '2026-11-20T11:00:00Z'),
      seanceNoShow: await seance(w, w.A, '2026-11-19T09:00:00Z', '2026-11-19T11:00:00Z'),
      seanceHeld: await seance(w, w.A, '2026-11-18T09:00:00Z', '2026-11-18T11:00:00Z', true),
    };
  },
  cases: (w, f) => [
    {
      method: 'GET',
      route: '/api/bilans/:id/seances',
      path: () => `/api/bilans/${w.bilanA}/seances`,
      expect: { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 },
      otherwise: 404,
    },
    {
      method: 'POST',
      route: '/api/bilans/:id/seances',
      path: () => `/api/bilans/${w.bilanA}/seances`,
      body: () => ({
        date: '2027-03-01',
        start: '10:00',
        end: '11:00',
        mode: 'in_person',
        phase: 'preliminaire',
        place: 'Bureau 2',
      }),
      expect: { anonymous: 401, consultantA: 201, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'GET',
      route: '/api/seances/:id',
      path: () => `/api/seances/${f.seanceHeld}`,
      expect: { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 },
      otherwise: 404,
    },
    {
      method: 'POST',
      route: '/api/seances/:id/reschedule',
      path: () => `/api/seances/${f.seanceToMove}/reschedule`,
      body: () => ({ date: '2027-03-02', start: '10:00', end: '12:00', reason: 'Demande de la personne' }),
      // 200: the answer carries the planning warnings (issue 11).
      expect: { anonymous: 401, consultantA: 200, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/seances/:id/cancel',
      path: () => `/api/seances/${f.seanceToCancel}/cancel`,
      body: () => ({ reason: 'Indisponibilité' }),
      expect: { anonymous: 401, consultantA: 204, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/seances/:id/held',
      path: () => `/api/seances/${f.seanceToHold}/held`,
      body: () => ({ actualStart: '10:00', actualEnd: '12:00' }),
      expect: { anonymous: 401, consultantA: 204, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/seances/:id/no-show',
      path: () => `/api/seances/${f.seanceNoShow}/no-show`,
      body: () => ({}),
      expect: { anonymous: 401, consultantA: 204, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/seances/:id/attendance',
      path: () => `/api/seances/${f.seanceHeld}/attendance`,
      body: () => ({
        signedName: w.consultantAName,
        consent: true,
        shownStart: '2026-11-18T09:00:00.000Z',
        shownEnd: '2026-11-18T11:00:00.000Z',
      }),

      expect: {
        anonymous: 401,
        consultantA: 201,
        beneficiaryA: 422,
        otherBeneficiaryA: 404,
        otherConsultantA: 404,
        consultantB: 404,
        beneficiaryB: 404,
      },
      otherwise: 403,
    },
    {
      method: 'GET',
      route: '/api/agenda',
      path: () => '/api/agenda?from=2026-11-16&to=2026-11-22',
      // Each consultant reads their own agenda (others' séances never appear: agenda.db.test.ts).
      expect: { anonymous: 401, consultantA: 200, otherConsultantA: 200, consultantB: 200 },
      otherwise: 403,
    },
  ],
});
