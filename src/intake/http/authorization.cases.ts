/** The authorisation matrix's cases for this capability's routes (run by `src/app/authorization.db.test.ts`). */
import { EVERYONE, authorizationCases, unique, type World } from '../../../tests/support/authorization.ts';
import { createOrganisation } from '../../../tests/support/factories.ts';

const INTAKE_CONTACT = {
  firstName: 'Robot',
  lastName: 'Test',
  email: 'robot@exemple.fr',
  message: 'Un message assez long pour passer.',
  preferredModality: 'remote',
  declaredSource: 'other',
  consent: true,
  website: 'piège',
};

async function intakeLead(
  w: World,
  status: 'new' | 'interview_planned' | 'interview_done',
  interview?: { past: boolean },
): Promise<string> {
  const row = await w.deps.db
    .insertInto('leads')
    .values({
      organisation_id: w.A.id,
      first_name: 'Léa',
      last_name: 'Prospect',
      email: `lea.${unique()}@exemple.fr`,
      message: 'Je voudrais faire un bilan.',
      preferred_modality: 'remote',
      declared_source: 'other',
      contact_consent_at: new Date('2026-11-20T09:00:00Z'),
      status,
      assigned_consultant_id: w.A.consultant.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (interview) {
    await w.deps.db
      .insertInto('lead_interviews')
      .values({
        lead_id: row.id,
        organisation_id: w.A.id,
        consultant_id: w.A.consultant.id,
        mode: 'phone',
        starts_at: interview.past ? '2026-11-20T09:00:00Z' : '2027-05-10T09:00:00Z',
        ends_at: interview.past ? '2026-11-20T10:00:00Z' : '2027-05-10T10:00:00Z',
        ...(status === 'interview_done'
          ? {
              situation: 'S',
              expectations: 'E',
              outcome: 'bilan' as const,
              recorded_at: new Date('2026-11-20T10:00:00Z'),
              recorded_by: w.A.consultant.id,
            }
          : {}),
      })
      .execute();
  }
  return row.id;
}

export const intakeAuthorization = authorizationCases({
  async setUp(w) {
    const fixtures = {
      leadA: await intakeLead(w, 'new'),
      recordLeadA: await intakeLead(w, 'interview_planned', { past: true }),
      statusLeads: [] as string[],
      convertLeads: [] as string[],
      publicSlug: `publie-${unique()}`,
    };
    for (const _ of EVERYONE) {
      fixtures.statusLeads.push(await intakeLead(w, 'new'));
      fixtures.convertLeads.push(await intakeLead(w, 'interview_done', { past: true }));
    }
    const published = await createOrganisation(w.deps);
    await w.deps.db
      .updateTable('organisations')
      .set({ slug: fixtures.publicSlug, public_page_enabled: true })
      .where('id', '=', published.id)
      .execute();
    return fixtures;
  },
  cases: (w, f) => [
    {
      method: 'GET',
      route: '/api/public/organisations/:slug',
      path: () => `/api/public/organisations/${f.publicSlug}`,
      expect: {},
      otherwise: 200,
    },
    {
      method: 'POST',
      route: '/api/public/organisations/:slug/contact',
      path: () => `/api/public/organisations/${f.publicSlug}/contact`,
      body: () => INTAKE_CONTACT,
      expect: {},
      otherwise: 202,
    },
    {
      method: 'GET',
      route: '/api/leads',
      path: () => '/api/leads',
      expect: { anonymous: 401, beneficiaryA: 403, otherBeneficiaryA: 403, beneficiaryB: 403 },
      otherwise: 200,
    },
    {
      method: 'GET',
      route: '/api/leads/:id',
      path: () => `/api/leads/${f.leadA}`,
      expect: { anonymous: 401, adminA: 200, consultantA: 200, otherConsultantA: 200, adminB: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/leads/:id/status',
      path: () => `/api/leads/${f.statusLeads.shift()}/status`,
      body: () => ({ action: 'mark_contacted' }),
      expect: { anonymous: 401, adminA: 204, consultantA: 204, otherConsultantA: 204, adminB: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/leads/:id/assign',
      path: () => `/api/leads/${f.leadA}/assign`,
      body: () => ({ consultantId: w.A.consultant.id }),
      expect: { anonymous: 401, adminA: 204, consultantA: 204, otherConsultantA: 204, adminB: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/leads/:id/interview',
      path: () => `/api/leads/${f.leadA}/interview`,
      body: () => ({ date: '2027-05-10', start: '10:00', end: '11:00', mode: 'phone' }),
      expect: { anonymous: 401, adminA: 204, consultantA: 204, otherConsultantA: 204, adminB: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/leads/:id/interview/record',
      path: () => `/api/leads/${f.recordLeadA}/interview/record`,
      body: () => ({ situation: 'Situation', expectations: 'Attentes', outcome: 'bilan' }),
      expect: { anonymous: 401, adminA: 204, consultantA: 204, otherConsultantA: 204, adminB: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/leads/:id/convert',
      path: () => `/api/leads/${f.convertLeads.shift()}/convert`,
      body: () => ({ financing: 'opco', plannedHours: '20' }),
      expect: { anonymous: 401, consultantA: 201, otherConsultantA: 201, consultantB: 404 },
      otherwise: 403,
    },
  ],
});
