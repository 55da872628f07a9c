/**
 * The world of the authorisation matrix (`src/app/authorization.db.test.ts`): two organisations,
 * every kind of person signed in, and a bilan per beneficiary. Each capability lists its routes'
 * cases in `src/<capability>/http/authorization.cases.ts`, with the fixtures they need.
 */
import type { App } from '../../src/app/http.ts';
import { testDeps, type TestDeps } from './deps.ts';
import { createOrganisation, createUser, type TestOrganisation, type TestUser } from './factories.ts';
import { loginAs, testApp } from './http.ts';

export type Who =
  | 'anonymous'
  | 'adminA'
  | 'consultantA'
  | 'otherConsultantA'
  | 'beneficiaryA'
  | 'otherBeneficiaryA'
  | 'adminB'
  | 'consultantB'
  | 'beneficiaryB';

export const EVERYONE: Who[] = [
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

export interface Case {
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

export interface World {
  deps: TestDeps;
  app: App;
  A: TestOrganisation;
  B: TestOrganisation;
  users: Record<Exclude<Who, 'anonymous'>, TestUser>;
  /** The bilan of beneficiaryA (consultantA), of otherBeneficiaryA (otherConsultantA), of beneficiaryB. */
  bilanA: string;
  otherBilanA: string;
  bilanB: string;
  /** "First Last" of consultantA. */
  consultantAName: string;
}

/** A capability's part of the matrix: fixtures made once, then one case per route. */
export interface AuthorizationCases<F = unknown> {
  setUp?: (world: World) => Promise<F>;
  cases: (world: World, fixtures: F) => Case[];
}

export function authorizationCases<F>(cases: AuthorizationCases<F>): AuthorizationCases<unknown> {
  return cases as AuthorizationCases<unknown>;
}

export const unique = () => Math.random().toString(36).slice(2, 8);

async function beneficiaryWithBilan(
  deps: TestDeps,
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

export async function buildWorld(): Promise<World> {
  const deps = testDeps();
  const app = testApp(deps);
  const A = await createOrganisation(deps);
  const B = await createOrganisation(deps);
  const otherConsultantA = await createUser(deps, A.id, 'consultant', 'autre');
  const a = await beneficiaryWithBilan(deps, A, A.consultant, 'benef-a');
  const a2 = await beneficiaryWithBilan(deps, A, otherConsultantA, 'benef-a2');
  const b = await beneficiaryWithBilan(deps, B, B.consultant, 'benef-b');
  const consultant = await deps.db
    .selectFrom('users')
    .select(['first_name', 'last_name'])
    .where('id', '=', A.consultant.id)
    .executeTakeFirstOrThrow();
  return {
    deps,
    app,
    A,
    B,
    users: {
      adminA: A.admin,
      consultantA: A.consultant,
      otherConsultantA,
      beneficiaryA: a.user,
      otherBeneficiaryA: a2.user,
      adminB: B.admin,
      consultantB: B.consultant,
      beneficiaryB: b.user,
    },
    bilanA: a.bilanId,
    otherBilanA: a2.bilanId,
    bilanB: b.bilanId,
    consultantAName: `${consultant.first_name} ${consultant.last_name}`,
  };
}

/** Signs every person of the world in (after the fixtures: a fixture may rename someone). */
export async function signIn(world: World): Promise<Record<Who, string | undefined>> {
  const cookies = { anonymous: undefined } as Record<Who, string | undefined>;
  for (const [who, user] of Object.entries(world.users)) cookies[who as Who] = await loginAs(world.app, user.email);
  return cookies;
}
