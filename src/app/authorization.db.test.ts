/**
 * The authorisation matrix: every API route, called by every kind of person, from two
 * organisations. A refused call changes nothing. Adding a route without adding it here fails.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../tests/support/deps.ts';
import { createOrganisation, createUser, type TestOrganisation, type TestUser } from '../../tests/support/factories.ts';
import { call, loginAs, testApp } from '../../tests/support/http.ts';
import { createBilan } from '../bilans/use-cases/create-bilan.ts';
import { inviteConsultant } from '../accounts/use-cases/invite-consultant.ts';
import type { App } from './http.ts';
import { createHash } from 'node:crypto';
import { CURRENT_NOTICE } from '../bilans/domain/notice.ts';
import { CURRENT_CHARTER, charterText } from '../bilans/domain/charter.ts';
import { saveFinancing } from '../financing/use-cases/financing.ts';
import { generateDocument } from '../documents/use-cases/documents.ts';
// Questionnaires and instruments.
import { assignQuestionnaire } from '../questionnaires/use-cases/assign-questionnaire.ts';
import { submitQuestionnaire } from '../questionnaires/use-cases/answer-questionnaire.ts';
import { copyWorksheetModel, getLibraryWorksheet } from '../worksheets/use-cases/questionnaire-library.ts';
import { MINI_IPIP_DEFINITION } from '../instruments/domain/bigfive/definitions.ts';
import { inviteRespondent } from '../feedback/use-cases/feedback-360.ts';
// External licensed tests (decision 018).
import { recordExternalTest } from '../external-tests/use-cases/record-external-test.ts';
import { ExternalTestSchema } from '../external-tests/contracts/schemas.ts';
import { samplePublisherReport } from '../../tests/support/sample-pdf.ts';

const CHARTER_SHA256 = createHash('sha256').update(charterText(CURRENT_CHARTER)).digest('hex');

type Who =
  | 'anonymous'
  | 'adminA'
  | 'consultantA'
  | 'otherConsultantA'
  | 'beneficiaryA'
  | 'otherBeneficiaryA'
  | 'adminB'
  | 'consultantB'
  | 'beneficiaryB';
const EVERYONE: Who[] = [
  'anonymous',
  'adminA',
  'consultantA',
  'otherConsultantA',
  'beneficiaryA',
  'otherBeneficiaryA',
  'adminB',
  'consultantB',
  'beneficiaryB',
];

let deps: TestDeps;
let app: App;
let A: TestOrganisation;
let B: TestOrganisation;
const cookies = {} as Record<Who, string | undefined>;
const ids = {} as Record<
  | 'bilanA'
  | 'otherBilanA'
  | 'bilanB'
  | 'consultantInvitationA'
  | 'beneficiaryInvitationA'
  | 'seanceToMove'
  | 'seanceToCancel'
  | 'seanceToHold'
  | 'seanceNoShow'
  | 'seanceHeld'
  | 'documentA',
  string
>;
let consultantAName = '';
let documentSha256 = '';
// Questionnaires and instruments.
const qids = {} as Record<
  | 'worksheetA'
  | 'worksheetToDelete'
  | 'assignmentA'
  | 'toSubmit'
  | 'toWithdraw'
  | 'submitted'
  | 'softSkills'
  | 'invitation',
  string
>;
let worksheetDefinition: Record<string, unknown> = {};
// External licensed tests (decision 018).
const xids = {} as Record<'resultA' | 'toDelete', string>;
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
const MINI_ANSWERS = Object.fromEntries(
  MINI_IPIP_DEFINITION.sections.flatMap((s) => s.questions).map((q, i) => [q.id, (i % 5) + 1]),
);

async function seance(
  bilanId: string,
  org: TestOrganisation,
  startsAt: string,
  endsAt: string,
  held = false,
): Promise<string> {
  const row = await deps.db
    .insertInto('seances')
    .values({
      organisation_id: org.id,
      bilan_id: bilanId,
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

async function beneficiaryWithBilan(
  org: TestOrganisation,
  consultant: TestUser,
  email: string,
): Promise<{ bilanId: string; user: TestUser }> {
  const user = await createUser(deps, org.id, 'beneficiary', email);
  const row = await deps.db
    .insertInto('bilans')
    .values({
      organisation_id: org.id,
      beneficiary_id: user.id,
      consultant_id: consultant.id,
      financing: 'opco',
      planned_accompaniment_minutes: 1200,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { bilanId: row.id, user };
}

beforeAll(async () => {
  deps = testDeps();
  app = testApp(deps);
  A = await createOrganisation(deps);
  B = await createOrganisation(deps);
  const otherConsultantA = await createUser(deps, A.id, 'consultant', 'autre');
  const a = await beneficiaryWithBilan(A, A.consultant, 'benef-a');
  const a2 = await beneficiaryWithBilan(A, otherConsultantA, 'benef-a2');
  const b = await beneficiaryWithBilan(B, B.consultant, 'benef-b');
  ids.bilanA = a.bilanId;
  ids.otherBilanA = a2.bilanId;
  ids.bilanB = b.bilanId;
  ids.seanceToMove = await seance(a.bilanId, A, '2027-02-01T09:00:00Z', '2027-02-01T11:00:00Z');
  ids.seanceToCancel = await seance(a.bilanId, A, '2027-02-02T09:00:00Z', '2027-02-02T11:00:00Z');
  ids.seanceToHold = await seance(a.bilanId, A, '2026-11-20T09:00:00Z', '2026-11-20T11:00:00Z');
  ids.seanceNoShow = await seance(a.bilanId, A, '2026-11-19T09:00:00Z', '2026-11-19T11:00:00Z');
  ids.seanceHeld = await seance(a.bilanId, A, '2026-11-18T09:00:00Z', '2026-11-18T11:00:00Z', true);
  const consultant = await deps.db
    .selectFrom('users')
    .select(['first_name', 'last_name'])
    .where('id', '=', A.consultant.id)
    .executeTakeFirstOrThrow();
  consultantAName = `${consultant.first_name} ${consultant.last_name}`;
  ids.consultantInvitationA = (
    await inviteConsultant(deps, A.admin.actor, { firstName: 'Nina', lastName: 'Invitée', email: 'nina@exemple.fr' })
  ).invitationId;
  const pending = await createBilan(deps, otherConsultantA.actor, {
    beneficiary: { firstName: 'Paul', lastName: 'Attente', email: 'paul.attente@exemple.fr' },
    financing: 'opco',
    plannedHours: 1200,
  });
  ids.beneficiaryInvitationA = (
    await deps.db
      .selectFrom('invitations')
      .select('id')
      .where('user_id', '=', pending.beneficiaryId)
      .executeTakeFirstOrThrow()
  ).id;

  const users: Record<Exclude<Who, 'anonymous'>, TestUser> = {
    adminA: A.admin,
    consultantA: A.consultant,
    otherConsultantA,
    beneficiaryA: a.user,
    otherBeneficiaryA: a2.user,
    adminB: B.admin,
    consultantB: B.consultant,
    beneficiaryB: b.user,
  };
  // Documents (decision 015): a quote awaiting the signature of beneficiary A.
  await deps.db
    .updateTable('users')
    .set({ first_name: 'Bruno', last_name: 'Lefèvre' })
    .where('id', '=', a.user.id)
    .execute();
  await saveFinancing(deps, A.consultant.actor, a.bilanId, { price: '1 800' });
  const quote = await generateDocument(deps, A.consultant.actor, a.bilanId, 'devis');
  ids.documentA = quote.documentId;
  await saveFinancing(deps, otherConsultantA.actor, a2.bilanId, { price: '1 500' });
  documentSha256 = quote.sha256;
  // Questionnaires and instruments.
  qids.worksheetA = (
    await copyWorksheetModel(deps, A.consultant.actor, { modelId: 'sens-du-travail', title: 'Mon cahier' })
  ).id;
  worksheetDefinition = (await getLibraryWorksheet(deps, A.consultant.actor, qids.worksheetA))
    .definition as unknown as Record<string, unknown>;
  qids.worksheetToDelete = (
    await copyWorksheetModel(deps, A.consultant.actor, { modelId: 'criteres-et-concessions', title: 'À supprimer' })
  ).id;
  const assignA = (questionnaire: string) =>
    assignQuestionnaire(deps, A.consultant.actor, a.bilanId, { questionnaire, dueOn: undefined, seanceId: undefined });
  qids.assignmentA = (await assignA('model:attentes-du-bilan')).assignmentId;
  qids.toSubmit = (await assignA('instrument:bigfive-mini-ipip')).assignmentId;
  qids.toWithdraw = (await assignA('model:activite-ideale')).assignmentId;
  qids.submitted = (await assignA('instrument:bigfive-mini-ipip')).assignmentId;
  await submitQuestionnaire(deps, a.user.actor, qids.submitted, { version: 1, answers: MINI_ANSWERS });
  qids.softSkills = (await assignA('instrument:savoir-etre')).assignmentId;
  qids.invitation = (
    await inviteRespondent(deps, a.user.actor, qids.softSkills, { email: 'regard.revoque@exemple.fr' })
  ).invitationId;
  // External licensed tests (decision 018).
  const external = (upload: boolean) =>
    recordExternalTest(
      deps,
      A.consultant.actor,
      a.bilanId,
      ExternalTestSchema.parse(EXTERNAL_TEST),
      upload ? { fileName: 'rapport.pdf', bytes: samplePublisherReport() } : null,
    );
  xids.resultA = (await external(true)).resultId;
  xids.toDelete = (await external(false)).resultId;
  cookies.anonymous = undefined;
  for (const [who, user] of Object.entries(users)) cookies[who as Who] = await loginAs(app, user.email);
  // Intake (issue 3)
  await setUpIntake();
});

// Intake (issue 3): an offer and leads of organisation A, and a published organisation.
const intake = {
  offerA: '',
  leadA: '',
  recordLeadA: '',
  publicSlug: '',
  statusLeads: [] as string[],
  convertLeads: [] as string[],
};

async function intakeLead(
  status: 'new' | 'interview_planned' | 'interview_done',
  interview?: { past: boolean },
): Promise<string> {
  const row = await deps.db
    .insertInto('leads')
    .values({
      organisation_id: A.id,
      first_name: 'Léa',
      last_name: 'Prospect',
      email: `lea.${unique()}@exemple.fr`,
      message: 'Je voudrais faire un bilan.',
      preferred_modality: 'remote',
      declared_source: 'other',
      contact_consent_at: new Date('2026-11-20T09:00:00Z'),
      status,
      assigned_consultant_id: A.consultant.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (interview) {
    await deps.db
      .insertInto('lead_interviews')
      .values({
        lead_id: row.id,
        organisation_id: A.id,
        consultant_id: A.consultant.id,
        mode: 'phone',
        starts_at: interview.past ? '2026-11-20T09:00:00Z' : '2027-05-10T09:00:00Z',
        ends_at: interview.past ? '2026-11-20T10:00:00Z' : '2027-05-10T10:00:00Z',
        ...(status === 'interview_done'
          ? {
              situation: 'S',
              expectations: 'E',
              outcome: 'bilan' as const,
              recorded_at: new Date('2026-11-20T10:00:00Z'),
              recorded_by: A.consultant.id,
            }
          : {}),
      })
      .execute();
  }
  return row.id;
}

async function setUpIntake(): Promise<void> {
  intake.offerA = (
    await deps.db
      .insertInto('offers')
      .values({
        organisation_id: A.id,
        title: 'Bilan 24 h',
        accompaniment_minutes: 1440,
        modality: 'remote',
        price_cents: 180000,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  intake.leadA = await intakeLead('new');
  intake.recordLeadA = await intakeLead('interview_planned', { past: true });
  for (const _ of EVERYONE) {
    intake.statusLeads.push(await intakeLead('new'));
    intake.convertLeads.push(await intakeLead('interview_done', { past: true }));
  }
  const published = await createOrganisation(deps);
  intake.publicSlug = `publie-${unique()}`;
  await deps.db
    .updateTable('organisations')
    .set({ slug: intake.publicSlug, public_page_enabled: true })
    .where('id', '=', published.id)
    .execute();
}

const INTAKE_PROFILE = () => ({
  name: 'Organisme modifié',
  slug: `profil-${unique()}`,
  followUpMonths: '6',
  publicPageEnabled: false,
});
const INTAKE_OFFER = {
  title: 'Bilan à distance',
  accompanimentHours: '20',
  personalWorkHours: '5',
  modality: 'remote',
  price: '1 600',
  accessDelay: '15 jours',
};
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

interface Case {
  method: 'GET' | 'POST';
  /** Route pattern as Hono lists it, and the concrete path to call. */
  route: string;
  path: () => string;
  body?: () => unknown;
  /** A body that is not JSON, with its content type (uploads). */
  raw?: () => { body: string; type: string };
  /** Expected status per person; anyone not listed gets `otherwise`. */
  expect: Partial<Record<Who, number>>;
  otherwise: number;
}

const unique = () => Math.random().toString(36).slice(2, 8);

const CASES: Case[] = [
  { method: 'GET', route: '/api/health', path: () => '/api/health', expect: {}, otherwise: 200 },
  { method: 'GET', route: '/api/setup', path: () => '/api/setup', expect: {}, otherwise: 200 },
  {
    method: 'POST',
    route: '/api/setup',
    path: () => '/api/setup',
    body: () => ({
      organisationName: 'Intrus',
      firstName: 'I',
      lastName: 'N',
      email: `intrus${unique()}@exemple.fr`,
      password: 'un mot de passe long',
    }),
    expect: {},
    otherwise: 409,
  },
  { method: 'GET', route: '/api/session', path: () => '/api/session', expect: {}, otherwise: 200 },
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
    path: () => `/api/bilans/${ids.bilanA}`,
    expect: { anonymous: 401, consultantA: 200, otherConsultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/bilans/:id/transitions',
    path: () => `/api/bilans/${ids.bilanB}/transitions`,
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
    route: '/api/admin/consultants',
    path: () => '/api/admin/consultants',
    expect: { anonymous: 401, adminA: 200, adminB: 200 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/admin/consultants',
    path: () => '/api/admin/consultants',
    body: () => ({ firstName: 'C', lastName: 'N', email: `cn${unique()}@exemple.fr` }),
    expect: { anonymous: 401, adminA: 201, adminB: 201 },
    otherwise: 403,
  },
  {
    method: 'GET',
    route: '/api/admin/invitations',
    path: () => '/api/admin/invitations',
    expect: { anonymous: 401, adminA: 200, adminB: 200 },
    otherwise: 403,
  },
  {
    method: 'GET',
    route: '/api/admin/outbox',
    path: () => '/api/admin/outbox',
    expect: { anonymous: 401, adminA: 200, adminB: 200 },
    otherwise: 403,
  },
  {
    method: 'GET',
    route: '/api/admin/audit',
    path: () => '/api/admin/audit',
    expect: { anonymous: 401, adminA: 200, adminB: 200 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/invitations/:id/resend',
    path: () => `/api/invitations/${ids.beneficiaryInvitationA}/resend`,
    expect: { anonymous: 401, adminA: 201, otherConsultantA: 201, consultantA: 404, adminB: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/invitations/:id/revoke',
    path: () => `/api/invitations/${ids.consultantInvitationA}/revoke`,
    expect: { anonymous: 401, adminA: 204, consultantA: 404, otherConsultantA: 404, adminB: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'GET',
    route: '/api/invitations/:token',
    path: () => '/api/invitations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    expect: {},
    otherwise: 404,
  },
  {
    method: 'POST',
    route: '/api/invitations/:token/accept',
    path: () => '/api/invitations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/accept',
    body: () => ({ password: 'un mot de passe long' }),
    expect: {},
    otherwise: 404,
  },
  {
    method: 'POST',
    route: '/api/auth/login',
    path: () => '/api/auth/login',
    body: () => ({ email: `personne${unique()}@exemple.fr`, password: 'faux' }),
    expect: {},
    otherwise: 401,
  },
  {
    method: 'POST',
    route: '/api/auth/password-reset',
    path: () => '/api/auth/password-reset',
    body: () => ({ email: 'personne@exemple.fr' }),
    expect: {},
    otherwise: 202,
  },
  {
    method: 'POST',
    route: '/api/auth/password-reset/confirm',
    path: () => '/api/auth/password-reset/confirm',
    body: () => ({ token: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', password: 'un mot de passe long' }),
    expect: {},
    otherwise: 410,
  },
  {
    method: 'GET',
    route: '/api/bilans/:id/seances',
    path: () => `/api/bilans/${ids.bilanA}/seances`,
    expect: { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 },
    otherwise: 404,
  },
  {
    method: 'POST',
    route: '/api/bilans/:id/seances',
    path: () => `/api/bilans/${ids.bilanA}/seances`,
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
    path: () => `/api/seances/${ids.seanceHeld}`,
    expect: { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 },
    otherwise: 404,
  },
  {
    method: 'POST',
    route: '/api/seances/:id/reschedule',
    path: () => `/api/seances/${ids.seanceToMove}/reschedule`,
    body: () => ({ date: '2027-03-02', start: '10:00', end: '12:00', reason: 'Demande de la personne' }),
    expect: { anonymous: 401, consultantA: 204, otherConsultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/seances/:id/cancel',
    path: () => `/api/seances/${ids.seanceToCancel}/cancel`,
    body: () => ({ reason: 'Indisponibilité' }),
    expect: { anonymous: 401, consultantA: 204, otherConsultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/seances/:id/held',
    path: () => `/api/seances/${ids.seanceToHold}/held`,
    body: () => ({ actualStart: '10:00', actualEnd: '12:00' }),
    expect: { anonymous: 401, consultantA: 204, otherConsultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/seances/:id/no-show',
    path: () => `/api/seances/${ids.seanceNoShow}/no-show`,
    body: () => ({}),
    expect: { anonymous: 401, consultantA: 204, otherConsultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/seances/:id/attendance',
    path: () => `/api/seances/${ids.seanceHeld}/attendance`,
    body: () => ({
      signedName: consultantAName,
      consent: true,
      shownStart: '2026-11-18T09:00:00.000Z',
      shownEnd: '2026-11-18T11:00:00.000Z',
    }),
    // The beneficiary cannot sign with the consultant's name; admins may not sign at all.
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
    route: '/api/bilans/:id/consent',
    path: () => `/api/bilans/${ids.bilanA}/consent`,
    expect: { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 },
    otherwise: 404,
  },
  {
    method: 'POST',
    route: '/api/bilans/:id/consent',
    path: () => `/api/bilans/${ids.bilanA}/consent`,
    body: () => ({ decision: 'given', noticeVersion: CURRENT_NOTICE.version }),
    expect: { anonymous: 401, beneficiaryA: 204, otherBeneficiaryA: 404, beneficiaryB: 404 },
    otherwise: 403,
  },
  {
    method: 'GET',
    route: '/api/bilans/:id/charter',
    path: () => `/api/bilans/${ids.bilanA}/charter`,
    expect: { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 },
    otherwise: 404,
  },
  {
    method: 'POST',
    route: '/api/bilans/:id/charter',
    path: () => `/api/bilans/${ids.bilanA}/charter`,
    body: () => ({
      signedName: consultantAName,
      consent: true,
      charterVersion: CURRENT_CHARTER.version,
      textSha256: CHARTER_SHA256,
    }),
    // Only the bilan's consultant may sign with that name; the beneficiary's own name differs.
    expect: { anonymous: 401, consultantA: 204, beneficiaryA: 422, adminA: 403, adminB: 403 },
    otherwise: 404,
  },
  {
    method: 'GET',
    route: '/api/bilans/:id/checklist',
    path: () => `/api/bilans/${ids.bilanA}/checklist`,
    expect: { anonymous: 401, consultantA: 200, otherConsultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/bilans/:id/preliminaire',
    path: () => `/api/bilans/${ids.bilanA}/preliminaire`,
    body: () => ({ needAnalysis: 'Analyse', format: 'Format', modalities: 'Modalités' }),
    expect: { anonymous: 401, consultantA: 204, otherConsultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/bilans/:id/attestations',
    path: () => `/api/bilans/${ids.bilanA}/attestations`,
    body: () => ({ item: 'career_path_reviewed', met: true }),
    expect: { anonymous: 401, consultantA: 204, otherConsultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  // After the bilan (bilanA is in its préliminaire phase: the consultant's actions are refused by the domain, 409).
  {
    method: 'GET',
    route: '/api/bilans/:id/after',
    path: () => `/api/bilans/${ids.bilanA}/after`,
    expect: { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 },
    otherwise: 404,
  },
  {
    method: 'POST',
    route: '/api/bilans/:id/follow-up/offer',
    path: () => `/api/bilans/${ids.bilanA}/follow-up/offer`,
    expect: { anonymous: 401, consultantA: 409, otherConsultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/bilans/:id/follow-up/answer',
    path: () => `/api/bilans/${ids.bilanA}/follow-up/answer`,
    body: () => ({ response: 'accepted' }),
    expect: { anonymous: 401, beneficiaryA: 409, otherBeneficiaryA: 404, beneficiaryB: 404 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/bilans/:id/follow-up/record',
    path: () => `/api/bilans/${ids.bilanA}/follow-up/record`,
    body: () => ({ outcome: 'project_done', heldOn: '2026-11-01' }),
    expect: { anonymous: 401, consultantA: 409, otherConsultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/bilans/:id/evaluations/hot',
    path: () => `/api/bilans/${ids.bilanA}/evaluations/hot`,
    expect: { anonymous: 401, consultantA: 409, otherConsultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/bilans/:id/edof',
    path: () => `/api/bilans/${ids.bilanA}/edof`,
    body: () => ({ kind: 'entry', declaredOn: '2026-11-01' }),
    expect: { anonymous: 401, consultantA: 409, otherConsultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'GET',
    route: '/api/admin/indicators',
    path: () => '/api/admin/indicators?from=2026-01-01&to=2026-12-31',
    expect: { anonymous: 401, adminA: 200, adminB: 200 },
    otherwise: 403,
  },
  {
    method: 'GET',
    route: '/api/evaluations/:token',
    path: () => '/api/evaluations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    expect: {},
    otherwise: 404,
  },
  {
    method: 'POST',
    route: '/api/evaluations/:token',
    path: () => '/api/evaluations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    body: () => ({ answers: {} }),
    expect: {},
    otherwise: 404,
  },
  // ROME catalogue (issue 4): public open data, the same answer for everyone (no catalogue imported here).
  { method: 'GET', route: '/api/catalog', path: () => '/api/catalog', expect: {}, otherwise: 200 },
  {
    method: 'GET',
    route: '/api/catalog/search',
    path: () => '/api/catalog/search?q=boulanger',
    expect: {},
    otherwise: 200,
  },
  {
    method: 'GET',
    route: '/api/catalog/skills/search',
    path: () => '/api/catalog/skills/search?q=pain',
    expect: {},
    otherwise: 200,
  },
  {
    method: 'GET',
    route: '/api/catalog/fiches/:code',
    path: () => '/api/catalog/fiches/D1102',
    expect: {},
    otherwise: 404,
  },
  // Intake (issue 3)
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
    path: () => `/api/admin/offers/${intake.offerA}`,
    body: () => INTAKE_OFFER,
    expect: { anonymous: 401, adminA: 200, adminB: 404 },
    otherwise: 403,
  },
  {
    method: 'GET',
    route: '/api/public/organisations/:slug',
    path: () => `/api/public/organisations/${intake.publicSlug}`,
    expect: {},
    otherwise: 200,
  },
  // The honeypot keeps this call from counting against the per-IP limit (nothing is stored).
  {
    method: 'POST',
    route: '/api/public/organisations/:slug/contact',
    path: () => `/api/public/organisations/${intake.publicSlug}/contact`,
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
    path: () => `/api/leads/${intake.leadA}`,
    expect: { anonymous: 401, adminA: 200, consultantA: 200, otherConsultantA: 200, adminB: 404, consultantB: 404 },
    otherwise: 403,
  },
  // Each call gets a fresh lead of A (a status change cannot happen twice).
  {
    method: 'POST',
    route: '/api/leads/:id/status',
    path: () => `/api/leads/${intake.statusLeads.shift()}/status`,
    body: () => ({ action: 'mark_contacted' }),
    expect: { anonymous: 401, adminA: 204, consultantA: 204, otherConsultantA: 204, adminB: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/leads/:id/assign',
    path: () => `/api/leads/${intake.leadA}/assign`,
    body: () => ({ consultantId: A.consultant.id }),
    expect: { anonymous: 401, adminA: 204, consultantA: 204, otherConsultantA: 204, adminB: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/leads/:id/interview',
    path: () => `/api/leads/${intake.leadA}/interview`,
    body: () => ({ date: '2027-05-10', start: '10:00', end: '11:00', mode: 'phone' }),
    expect: { anonymous: 401, adminA: 204, consultantA: 204, otherConsultantA: 204, adminB: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/leads/:id/interview/record',
    path: () => `/api/leads/${intake.recordLeadA}/interview/record`,
    body: () => ({ situation: 'Situation', expectations: 'Attentes', outcome: 'bilan' }),
    expect: { anonymous: 401, adminA: 204, consultantA: 204, otherConsultantA: 204, adminB: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/leads/:id/convert',
    path: () => `/api/leads/${intake.convertLeads.shift()}/convert`,
    body: () => ({ financing: 'opco', plannedHours: '20' }),
    expect: { anonymous: 401, consultantA: 201, otherConsultantA: 201, consultantB: 404 },
    otherwise: 403,
  },
  // Documents, signatures and financing (decision 015).
  {
    method: 'GET',
    route: '/api/rules/cpf/earliest-start',
    path: () => '/api/rules/cpf/earliest-start?validatedOn=2026-05-04',
    expect: {},
    otherwise: 200,
  },
  {
    method: 'GET',
    route: '/api/bilans/:id/financing',
    path: () => `/api/bilans/${ids.bilanA}/financing`,
    expect: { anonymous: 401, consultantA: 200, otherConsultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/bilans/:id/financing',
    path: () => `/api/bilans/${ids.bilanA}/financing`,
    body: () => ({ price: '1 800', funderName: 'OPCO Atlas' }),
    expect: { anonymous: 401, consultantA: 200, otherConsultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/bilans/:id/financing/status',
    path: () => `/api/bilans/${ids.otherBilanA}/financing/status`,
    body: () => ({ to: 'request_sent' }),
    expect: { anonymous: 401, otherConsultantA: 200, consultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'GET',
    route: '/api/bilans/:id/documents',
    path: () => `/api/bilans/${ids.bilanA}/documents`,
    expect: { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 },
    otherwise: 404,
  },
  {
    method: 'POST',
    route: '/api/bilans/:id/documents',
    path: () => `/api/bilans/${ids.otherBilanA}/documents`,
    body: () => ({ kind: 'devis' }),
    expect: { anonymous: 401, otherConsultantA: 201, consultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'GET',
    route: '/api/documents/:id/pdf',
    path: () => `/api/documents/${ids.documentA}/pdf`,
    expect: { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 },
    otherwise: 404,
  },
  {
    method: 'GET',
    route: '/api/documents/:id/signed-pdf',
    path: () => `/api/documents/${ids.documentA}/signed-pdf`,
    expect: { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 },
    otherwise: 404,
  },
  {
    method: 'POST',
    route: '/api/documents/:id/signatures',
    path: () => `/api/documents/${ids.documentA}/signatures`,
    body: () => ({ signedName: 'Bruno Lefèvre', consent: true, sha256: documentSha256 }),
    // Only the bilan's beneficiary may sign the quote; the name typed is theirs.
    expect: { anonymous: 401, beneficiaryA: 204, consultantA: 422, adminA: 403, adminB: 403 },
    otherwise: 404,
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
    path: () => `/api/bilans/${ids.bilanA}/funder-view`,
    expect: { anonymous: 401, consultantA: 200, otherConsultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'GET',
    route: '/api/bilans/:id/funder-view/pdf',
    path: () => `/api/bilans/${ids.bilanA}/funder-view/pdf`,
    expect: { anonymous: 401, consultantA: 200, otherConsultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  // Questionnaires and instruments.
  {
    method: 'GET',
    route: '/api/worksheets',
    path: () => '/api/worksheets',
    expect: { anonymous: 401, consultantA: 200, otherConsultantA: 200, consultantB: 200 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/worksheets',
    path: () => '/api/worksheets',
    body: () => ({ modelId: 'attentes-du-bilan', title: 'Copie' }),
    expect: { anonymous: 401, consultantA: 201, otherConsultantA: 201, consultantB: 201 },
    otherwise: 403,
  },
  {
    method: 'GET',
    route: '/api/worksheets/:id',
    path: () => `/api/worksheets/${qids.worksheetA}`,
    expect: { anonymous: 401, consultantA: 200, otherConsultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/worksheets/:id',
    path: () => `/api/worksheets/${qids.worksheetA}`,
    body: () => ({ version: 1, definition: worksheetDefinition }),
    expect: { anonymous: 401, consultantA: 200, otherConsultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  // Worksheet editor (decision 019).
  {
    method: 'GET',
    route: '/api/worksheets/models/:modelId',
    path: () => '/api/worksheets/models/histoire-professionnelle',
    expect: { anonymous: 401, consultantA: 200, otherConsultantA: 200, consultantB: 200 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/worksheets/:id/delete',
    path: () => `/api/worksheets/${qids.worksheetToDelete}/delete`,
    expect: { anonymous: 401, consultantA: 204, otherConsultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'GET',
    route: '/api/bilans/:id/questionnaires',
    path: () => `/api/bilans/${ids.bilanA}/questionnaires`,
    expect: { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 },
    otherwise: 404,
  },
  {
    method: 'POST',
    route: '/api/bilans/:id/questionnaires',
    path: () => `/api/bilans/${ids.bilanA}/questionnaires`,
    body: () => ({ questionnaire: 'instrument:riasec-iip', dueOn: '2027-01-15' }),
    expect: { anonymous: 401, consultantA: 201, otherConsultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'GET',
    route: '/api/assignments/:id',
    path: () => `/api/assignments/${qids.submitted}`,
    expect: { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 },
    otherwise: 404,
  },
  {
    method: 'POST',
    route: '/api/assignments/:id/draft',
    path: () => `/api/assignments/${qids.assignmentA}/draft`,
    body: () => ({ version: 1, answers: { declencheur: 'Premier jet' } }),
    expect: { anonymous: 401, beneficiaryA: 200, otherBeneficiaryA: 404, beneficiaryB: 404 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/assignments/:id/submit',
    path: () => `/api/assignments/${qids.toSubmit}/submit`,
    body: () => ({ version: 1, answers: MINI_ANSWERS }),
    expect: { anonymous: 401, beneficiaryA: 200, otherBeneficiaryA: 404, beneficiaryB: 404 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/assignments/:id/withdraw',
    path: () => `/api/assignments/${qids.toWithdraw}/withdraw`,
    expect: { anonymous: 401, consultantA: 204, otherConsultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/assignments/:id/comments',
    path: () => `/api/assignments/${qids.assignmentA}/comments`,
    body: () => ({ questionId: 'declencheur', body: 'Parlons-en.' }),
    expect: { anonymous: 401, consultantA: 201, otherConsultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/assignments/:id/debrief',
    path: () => `/api/assignments/${qids.submitted}/debrief`,
    body: () => ({ debrief: 'Notes de restitution.' }),
    expect: { anonymous: 401, consultantA: 204, otherConsultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'GET',
    route: '/api/assignments/:id/feedback',
    path: () => `/api/assignments/${qids.softSkills}/feedback`,
    expect: { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 },
    otherwise: 404,
  },
  {
    method: 'POST',
    route: '/api/assignments/:id/feedback',
    path: () => `/api/assignments/${qids.softSkills}/feedback`,
    body: () => ({ email: `regard${unique()}@exemple.fr` }),
    expect: { anonymous: 401, beneficiaryA: 201, otherBeneficiaryA: 404, beneficiaryB: 404 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/feedback/:id/revoke',
    path: () => `/api/feedback/${qids.invitation}/revoke`,
    expect: { anonymous: 401, beneficiaryA: 204, otherBeneficiaryA: 404, beneficiaryB: 404 },
    otherwise: 403,
  },
  {
    method: 'GET',
    route: '/api/regard/:token',
    path: () => '/api/regard/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    expect: {},
    otherwise: 404,
  },
  {
    method: 'POST',
    route: '/api/regard/:token',
    path: () => '/api/regard/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    body: () => ({ answers: {} }),
    expect: {},
    otherwise: 404,
  },
  // External licensed tests (decision 018).
  {
    method: 'GET',
    route: '/api/bilans/:id/external-tests',
    path: () => `/api/bilans/${ids.bilanA}/external-tests`,
    expect: { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 },
    otherwise: 404,
  },
  {
    method: 'POST',
    route: '/api/bilans/:id/external-tests',
    path: () => `/api/bilans/${ids.bilanA}/external-tests`,
    body: () => EXTERNAL_TEST,
    expect: { anonymous: 401, consultantA: 201, otherConsultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/external-tests/:id',
    path: () => `/api/external-tests/${xids.resultA}`,
    body: () => ({ ...EXTERNAL_TEST, code: 'SAE' }),
    expect: { anonymous: 401, consultantA: 204, otherConsultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'POST',
    route: '/api/external-tests/:id/report',
    path: () => `/api/external-tests/${xids.resultA}/report`,
    raw: () => ({ body: REPORT_MULTIPART, type: `multipart/form-data; boundary=${BOUNDARY}` }),
    expect: { anonymous: 401, consultantA: 200, otherConsultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  {
    method: 'GET',
    route: '/api/external-tests/:id/report',
    path: () => `/api/external-tests/${xids.resultA}/report`,
    expect: { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 },
    otherwise: 404,
  },
  {
    method: 'POST',
    route: '/api/external-tests/:id/delete',
    path: () => `/api/external-tests/${xids.toDelete}/delete`,
    expect: { anonymous: 401, consultantA: 204, otherConsultantA: 404, consultantB: 404 },
    otherwise: 403,
  },
  // Last: it ends the sessions used above.
  { method: 'POST', route: '/api/auth/logout', path: () => '/api/auth/logout', expect: {}, otherwise: 204 },
];

/** Everything a refused call must leave untouched. */
async function snapshot() {
  const [bilans, users, invitations, outbox, externalTests] = await Promise.all([
    deps.db.selectFrom('bilans').select(['id', 'phase', 'consultant_id']).orderBy('id').execute(),
    deps.db.selectFrom('users').select(['id', 'status', 'email']).orderBy('id').execute(),
    deps.db.selectFrom('invitations').select(['id', 'status']).orderBy('id').execute(),
    deps.db.selectFrom('outbox_emails').select('id').orderBy('id').execute(),
    deps.db.selectFrom('external_test_results').select(['id', 'updated_at', 'report_sha256']).orderBy('id').execute(),
  ]);
  return { bilans, users, invitations, outbox, externalTests };
}

describe('authorisation matrix', () => {
  it('covers every API route of the application', () => {
    const routes = new Set(
      app.routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL').map((r) => `${r.method} ${r.path}`),
    );
    const covered = new Set(CASES.map((c) => `${c.method} ${c.route}`));
    expect([...routes].filter((r) => !covered.has(r))).toEqual([]);
  });

  it('scopes every list to the organisation, the consultant and the beneficiary', async () => {
    const home = await call(app, 'GET', '/api/consultant/home', { cookie: cookies.consultantA });
    const homeIds = home.body.open.map((b: { id: string }) => b.id);
    expect(homeIds).toContain(ids.bilanA);
    expect(homeIds).not.toContain(ids.otherBilanA);
    expect(homeIds).not.toContain(ids.bilanB);

    expect((await call(app, 'GET', '/api/me/bilan', { cookie: cookies.beneficiaryA })).body.bilan.id).toBe(ids.bilanA);
    expect((await call(app, 'GET', '/api/me/bilan', { cookie: cookies.otherBeneficiaryA })).body.bilan.id).toBe(
      ids.otherBilanA,
    );

    const consultantsB = (await call(app, 'GET', '/api/admin/consultants', { cookie: cookies.adminB })).body
      .consultants;
    expect(consultantsB.map((c: { email: string }) => c.email)).not.toContain(A.consultant.email);
    const outboxB = (await call(app, 'GET', '/api/admin/outbox', { cookie: cookies.adminB })).body.messages;
    expect(outboxB.map((m: { to: string }) => m.to)).not.toContain('nina@exemple.fr');
    const auditB = (await call(app, 'GET', '/api/admin/audit', { cookie: cookies.adminB })).body.events;
    expect(JSON.stringify(auditB)).not.toContain(A.consultant.email);
    const invitationsB = (await call(app, 'GET', '/api/admin/invitations', { cookie: cookies.adminB })).body
      .invitations;
    expect(invitationsB.map((i: { email: string }) => i.email)).not.toContain('paul.attente@exemple.fr');
  });

  for (const testCase of CASES) {
    it(`${testCase.method} ${testCase.route}`, async () => {
      // Refusals first (they must change nothing), then the allowed calls.
      const order = [...EVERYONE].sort(
        (a, b) =>
          Number((testCase.expect[a] ?? testCase.otherwise) < 300) -
          Number((testCase.expect[b] ?? testCase.otherwise) < 300),
      );
      for (const who of order) {
        const expected = testCase.expect[who] ?? testCase.otherwise;
        const before = expected >= 400 ? await snapshot() : undefined;
        const raw = testCase.raw?.();
        const response = await call(app, testCase.method, testCase.path(), {
          cookie: cookies[who],
          ...(testCase.body ? { body: testCase.body() } : {}),
          ...(raw ? { raw: raw.body, headers: { 'content-type': raw.type } } : {}),
        });
        expect({ who, status: response.status }).toEqual({ who, status: expected });
        if (before) expect(await snapshot()).toEqual(before);
        if (expected >= 400) expect(response.body.error.message).toBeTruthy();
      }
    });
  }

  it('no longer knows anyone after logout', async () => {
    for (const who of EVERYONE) {
      expect((await call(app, 'GET', '/api/session', { cookie: cookies[who] })).body.user).toBeNull();
    }
  });
});
