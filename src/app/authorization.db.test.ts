/**
 * The authorisation matrix: every API route, called by every kind of person, from two
 * organisations. A refused call changes nothing, in any table. Each capability lists its routes' cases in
 * `src/<capability>/http/authorization.cases.ts` (one line each below); a route without a case fails.
 */
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVERYONE, buildWorld, signIn, type Case, type Who, type World } from '../../tests/support/authorization.ts';
import { call } from '../../tests/support/http.ts';
import { DRAINED_IN_BACKGROUND, RECORDED_ON_REFUSAL, snapshotTables } from '../../tests/support/table-snapshot.ts';
import { accountsAuthorization } from '../accounts/http/authorization.cases.ts';
import { auditAuthorization } from '../audit/http/authorization.cases.ts';
import { emailAuthorization } from '../email/http/authorization.cases.ts';
import { organisationAuthorization } from '../organisation/http/authorization.cases.ts';
import { intakeAuthorization } from '../intake/http/authorization.cases.ts';
import { bilansAuthorization } from '../bilans/http/authorization.cases.ts';
import { seancesAuthorization } from '../seances/http/authorization.cases.ts';
import { financingAuthorization } from '../financing/http/authorization.cases.ts';
import { documentsAuthorization } from '../documents/http/authorization.cases.ts';
import { questionnairesAuthorization } from '../questionnaires/http/authorization.cases.ts';
import { worksheetsAuthorization } from '../worksheets/http/authorization.cases.ts';
import { feedbackAuthorization } from '../feedback/http/authorization.cases.ts';
import { externalTestsAuthorization } from '../external-tests/http/authorization.cases.ts';
import { portfolioAuthorization } from '../portfolio/http/authorization.cases.ts';
import { explorationAuthorization } from '../exploration/http/authorization.cases.ts';
import { actionPlanAuthorization } from '../action-plan/http/authorization.cases.ts';
import { sharingAuthorization } from '../sharing/http/authorization.cases.ts';
import { syntheseAuthorization } from '../synthese/http/authorization.cases.ts';
import { catalogAuthorization } from '../catalog/http/authorization.cases.ts';
import { afterAuthorization } from '../after/http/authorization.cases.ts';
import { dashboardsAuthorization } from '../dashboards/http/authorization.cases.ts';
import { privacyAuthorization } from '../privacy/http/authorization.cases.ts';
import { dataExportAuthorization } from '../data-export/http/authorization.cases.ts';
import { qualityAuthorization } from '../quality/http/authorization.cases.ts';
import { bpfAuthorization } from '../bpf/http/authorization.cases.ts';
import { lifecycleAuthorization } from '../lifecycle/http/authorization.cases.ts';

const MATRICES = [
  accountsAuthorization,
  auditAuthorization,
  emailAuthorization,
  organisationAuthorization,
  intakeAuthorization,
  bilansAuthorization,
  seancesAuthorization,
  financingAuthorization,
  documentsAuthorization,
  questionnairesAuthorization,
  worksheetsAuthorization,
  feedbackAuthorization,
  externalTestsAuthorization,
  portfolioAuthorization,
  explorationAuthorization,
  actionPlanAuthorization,
  sharingAuthorization,
  syntheseAuthorization,
  catalogAuthorization,
  afterAuthorization,
  dashboardsAuthorization,
  privacyAuthorization,
  dataExportAuthorization,
  qualityAuthorization,
  bpfAuthorization,
  lifecycleAuthorization,
];

const HEALTH: Case = { method: 'GET', route: '/api/health', path: () => '/api/health', expect: {}, otherwise: 200 };
/** Last: it ends the sessions used by the other cases. */
const isLogout = (c: Case) => c.route === '/api/auth/logout';

// The cases are listed when the file loads; the world and the fixtures they call lazily are made
// before the first case runs.
const world = {} as World;
const fixtures = MATRICES.map(() => ({}));
const listed = MATRICES.flatMap((matrix, index) => matrix.cases(world, fixtures[index]));
const CASES: Case[] = [HEALTH, ...listed.filter((c) => !isLogout(c)), ...listed.filter(isLogout)];
let cookies: Record<Who, string | undefined>;

beforeAll(async () => {
  Object.assign(world, await buildWorld());
  for (const [index, matrix] of MATRICES.entries()) Object.assign(fixtures[index]!, await matrix.setUp?.(world));
  cookies = await signIn(world);
});

/** Everything a refused call must leave untouched: every table of the catalogue. */
const snapshot = (testCase: Case) =>
  snapshotTables(world.deps.db, RECORDED_ON_REFUSAL[`${testCase.method} ${testCase.route}`]);

describe('authorisation matrix', () => {
  it('covers every API route of the application', () => {
    const routes = new Set(
      world.app.routes
        .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
        .map((r) => `${r.method} ${r.path}`),
    );
    const covered = new Set(CASES.map((c) => `${c.method} ${c.route}`));
    expect([...routes].filter((r) => !covered.has(r))).toEqual([]);
  });

  it('checks every table of the database after a refused call (but the queues drained in the background)', async () => {
    const { rows } = await sql<{ table_name: string }>`
      SELECT table_name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`.execute(world.deps.db);
    expect(Object.keys(await snapshot(HEALTH)).sort()).toEqual(
      rows.map((r) => r.table_name).filter((table) => !DRAINED_IN_BACKGROUND.includes(table)),
    );
  });

  it('scopes every list to the organisation, the consultant and the beneficiary', async () => {
    const home = await call(world.app, 'GET', '/api/consultant/home', { cookie: cookies.consultantA });
    const homeIds = home.body.open.map((b: { id: string }) => b.id);
    expect(homeIds).toContain(world.bilanA);
    expect(homeIds).not.toContain(world.otherBilanA);
    expect(homeIds).not.toContain(world.bilanB);

    expect((await call(world.app, 'GET', '/api/me/bilan', { cookie: cookies.beneficiaryA })).body.bilan.id).toBe(
      world.bilanA,
    );
    expect((await call(world.app, 'GET', '/api/me/bilan', { cookie: cookies.otherBeneficiaryA })).body.bilan.id).toBe(
      world.otherBilanA,
    );

    const consultantsB = (await call(world.app, 'GET', '/api/admin/consultants', { cookie: cookies.adminB })).body
      .consultants;
    expect(consultantsB.map((c: { email: string }) => c.email)).not.toContain(world.A.consultant.email);
    const outboxB = (await call(world.app, 'GET', '/api/admin/outbox', { cookie: cookies.adminB })).body.messages;
    expect(outboxB.map((m: { to: string }) => m.to)).not.toContain('nina@exemple.fr');
    const auditB = (await call(world.app, 'GET', '/api/admin/audit', { cookie: cookies.adminB })).body.events;
    expect(JSON.stringify(auditB)).not.toContain(world.A.consultant.email);
    const invitationsB = (await call(world.app, 'GET', '/api/admin/invitations', { cookie: cookies.adminB })).body
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
        const before = expected >= 400 ? await snapshot(testCase) : undefined;
        const raw = testCase.raw?.();
        const response = await call(world.app, testCase.method, testCase.path(), {
          cookie: cookies[who],
          ...(testCase.body ? { body: testCase.body() } : {}),
          ...(raw ? { raw: raw.body, headers: { 'content-type': raw.type } } : {}),
        });
        expect({ who, status: response.status }).toEqual({ who, status: expected });
        if (before) expect(await snapshot(testCase)).toEqual(before);
        if (expected >= 400) expect(response.body.error.message).toBeTruthy();
      }
    });
  }

  it('no longer knows anyone after logout', async () => {
    for (const who of EVERYONE) {
      expect((await call(world.app, 'GET', '/api/session', { cookie: cookies[who] })).body.user).toBeNull();
    }
  });
});
