/**
 * Assigning a questionnaire over HTTP: ids typed into the choice (`library:<id>`) or the séance
 * are checked as ids before any query. Found by the API fuzzer: 36 hexadecimal digits and dashes
 * in any order passed the schema and PostgreSQL refused them as a uuid, answering 500.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import { createOrganisation, createUser, type TestOrganisation } from '../../../tests/support/factories.ts';
import { call, loginAs, testApp } from '../../../tests/support/http.ts';
import type { App } from '../../app/http.ts';

let deps: TestDeps;
let app: App;
let org: TestOrganisation;
let bilanId: string;
let consultant: string;

beforeAll(async () => {
  deps = testDeps();
  app = testApp(deps);
  org = await createOrganisation(deps);
  const beneficiary = await createUser(deps, org.id, 'beneficiary');
  bilanId = (
    await deps.db
      .insertInto('bilans')
      .values({
        organisation_id: org.id,
        beneficiary_id: beneficiary.id,
        consultant_id: org.consultant.id,
        financing: 'opco',
        planned_accompaniment_minutes: 1200,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  consultant = await loginAs(app, org.consultant.email);
});

const assign = (body: unknown) =>
  call(app, 'POST', `/api/bilans/${bilanId}/questionnaires`, { cookie: consultant, body });
const assignments = async () =>
  (await deps.db.selectFrom('questionnaire_assignments').select('id').where('bilan_id', '=', bilanId).execute()).length;

describe('POST /api/bilans/:id/questionnaires', () => {
  it.each([
    ['a worksheet id that is not a uuid', { questionnaire: `library:${'-'.repeat(36)}` }, 'questionnaire'],
    [
      'a worksheet id with dashes misplaced',
      { questionnaire: 'library:4f-5--434c1--4--f8e-210a8-f-bc-0--3f' },
      'questionnaire',
    ],
    [
      'a séance id that is not a uuid',
      { questionnaire: 'model:attentes-du-bilan', seanceId: 'a'.repeat(36) },
      'seanceId',
    ],
  ])('refuses %s with a French 422, and assigns nothing', async (_case, body, field) => {
    const response = await assign(body);
    expect(response.status, response.text).toBe(422);
    expect(response.body.error.fields[field]).toMatch(/^Choisissez/);
    expect(await assignments()).toBe(0);
  });

  it('still tells an unknown worksheet of the right form, and assigns a model', async () => {
    const unknown = await assign({ questionnaire: 'library:4b0c9f5e-8a2d-4c1e-9f3a-6d7e8f9a0b1c' });
    expect(unknown.status).toBe(422);
    const model = await assign({ questionnaire: 'model:attentes-du-bilan' });
    expect(model.status, model.text).toBe(201);
  });
});
