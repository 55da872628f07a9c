/**
 * The consultant's home on a cache miss (issue 10, finding 14): every bilan of the consultant, in
 * order, read in one statement whatever their number, and nothing of another consultant's.
 */
import { beforeEach, expect, it } from 'vitest';
import type { KyselyPlugin } from 'kysely';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import { createOrganisation, createUser, type TestOrganisation } from '../../../tests/support/factories.ts';
import { changeBilanPhase } from './change-bilan-phase.ts';
import { createBilan } from './create-bilan.ts';
import { getConsultantHome } from './get-consultant-home.ts';

let deps: TestDeps;
let org: TestOrganisation;

beforeEach(async () => {
  deps = testDeps('2026-11-23T09:00:00Z');
  org = await createOrganisation(deps);
});

const create = (email: string) =>
  createBilan(deps, org.consultant.actor, {
    beneficiary: { firstName: 'Prénom', lastName: email, email },
    financing: 'cpf',
    plannedHours: 24 * 60,
  });

/** The same dependencies, counting the statements sent to PostgreSQL. */
function counting(): { deps: TestDeps; statements: () => number } {
  let statements = 0;
  const counter: KyselyPlugin = {
    transformQuery: (args) => args.node,
    // Called once per statement executed (transformQuery also sees each subquery being built).
    transformResult: async (args) => {
      statements++;
      return args.result;
    },
  };
  return { deps: { ...deps, db: deps.db.withPlugin(counter) }, statements: () => statements };
}

it('reads the whole home, open and ended bilans, in one statement whatever their number', async () => {
  const first = await create('premier@exemple.fr');
  deps.clock.advance(60_000);
  const second = await create('deuxieme@exemple.fr');
  deps.clock.advance(60_000);
  const third = await create('troisieme@exemple.fr');
  const ended = await create('quatrieme@exemple.fr');
  await changeBilanPhase(deps, org.consultant.actor, ended.bilanId, { to: 'abandonne', reason: 'Reprise d’un emploi' });
  // Someone else's bilan, in the same organisation: never on this home.
  const colleague = await createUser(deps, org.id, 'consultant', 'collegue');
  await createBilan(deps, colleague.actor, {
    beneficiary: { firstName: 'Autre', lastName: 'Personne', email: 'autre@exemple.fr' },
    financing: 'cpf',
    plannedHours: 24 * 60,
  });

  const counted = counting();
  const home = await getConsultantHome(counted.deps, org.consultant.actor);
  expect(counted.statements()).toBe(1);

  // Most recent first (a bilan with a coming séance would lead: seances.db.test.ts); the ended one apart.
  expect(home.open.map((s) => s.id)).toEqual([third.bilanId, second.bilanId, first.bilanId]);
  expect(home.open[2]).toMatchObject({
    phase: 'preliminaire',
    financing: 'cpf',
    plannedMinutes: 1440,
    doneMinutes: 0,
    nextStep: { code: 'await_beneficiary' },
    beneficiary: {
      firstName: 'Prénom',
      lastName: 'premier@exemple.fr',
      email: 'premier@exemple.fr',
      accountActive: false,
    },
  });
  expect(home.open[1]?.createdAt).toBe(new Date(Date.parse('2026-11-23T09:01:00Z')).toISOString());
  expect(home.closed.map((s) => ({ id: s.id, phase: s.phase, nextStep: s.nextStep }))).toEqual([
    { id: ended.bilanId, phase: 'abandonne', nextStep: { code: 'none' } },
  ]);

  for (let i = 0; i < 5; i++) await create(`plus${i}@exemple.fr`);
  const more = counting();
  expect((await getConsultantHome(more.deps, org.consultant.actor)).open).toHaveLength(8);
  expect(more.statements()).toBe(1);
});
