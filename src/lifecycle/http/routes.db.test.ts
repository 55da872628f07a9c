/**
 * The lifecycle over HTTP (decision 046): bad input to the retention agreement (NUL bytes, lone
 * surrogates, impossible dates, a date beyond the legal limit, unknown items) is refused with a
 * French message on the field, and changes no table; a signed agreement shows in the view.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import { createOrganisation, createUser, insertBilan } from '../../../tests/support/factories.ts';
import { call, loginAs, testApp } from '../../../tests/support/http.ts';
import { snapshotTables } from '../../../tests/support/table-snapshot.ts';
import type { App } from '../../app/http.ts';

let deps: TestDeps;
let app: App;
let cookie: string;
let bilan: string;
let signedName: string;

const UNSAFE =
  'Ce texte contient des caractères invisibles ou non autorisés : retapez-le ou collez-le sans mise en forme.';

beforeAll(async () => {
  deps = testDeps('2026-11-23T09:00:00Z');
  app = testApp(deps);
  const org = await createOrganisation(deps);
  const beneficiary = await createUser(deps, org.id, 'beneficiary');
  bilan = await insertBilan(deps, org, beneficiary, {
    phase: 'cloture',
    phase_changed_at: new Date('2026-11-20T10:00:00Z'),
  });
  const person = await deps.db
    .selectFrom('users')
    .select(['first_name', 'last_name'])
    .where('id', '=', beneficiary.id)
    .executeTakeFirstOrThrow();
  signedName = `${person.first_name} ${person.last_name}`;
  cookie = await loginAs(app, beneficiary.email);
});

const sign = (body: Record<string, unknown>) =>
  call(app, 'POST', `/api/bilans/${bilan}/lifecycle/agreements`, {
    cookie,
    body: { purpose: 'suivi', items: ['synthese'], expiresOn: '2027-06-30', signedName, consent: true, ...body },
  });
const tables = async () => {
  const all = await snapshotTables(deps.db);
  return { agreements: all['retention_agreements'], audit: all['audit_events'] };
};

describe('the lifecycle over HTTP', () => {
  it('refuses bad input in French on the field, changing nothing', async () => {
    const before = await tables();
    const refusals: [Record<string, unknown>, number, Record<string, string> | undefined][] = [
      [{ signedName: 'Bruno\u0000' }, 422, { signedName: UNSAFE }],
      [{ signedName: 'Bruno \uD800' }, 422, { signedName: UNSAFE }],
      [
        { expiresOn: '2027-02-30' },
        422,
        { expiresOn: 'Cette date n’existe pas dans le calendrier : vérifiez le jour et le mois.' },
      ],
      [{ items: ['journal_intime'] }, 422, { 'items.0': 'Choisissez parmi les documents proposés.' }],
      [{ items: [] }, 422, { items: 'Choisissez au moins un document à conserver.' }],
      [{ consent: false }, 422, { consent: 'Cochez la case pour donner votre accord écrit.' }],
      [
        { expiresOn: '2029-11-21' },
        422,
        {
          expiresOn:
            'Les documents conservés avec l’accord écrit du ou de la bénéficiaire ne peuvent pas l’être plus de 3\u00a0ans après la fin du bilan : date de destruction au plus tard le 20 novembre 2029.',
        },
      ],
      [{ signedName: 'Quelqu’un d’autre' }, 422, { signedName: 'Le nom tapé ne correspond pas au vôtre.' }],
    ];
    for (const [body, status, fields] of refusals) {
      const response = await sign(body);
      expect({ body, status: response.status, fields: response.body.error.fields }).toEqual({ body, status, fields });
      expect(response.body.error.message).toMatch(/[a-zé]/);
    }
    expect(await tables()).toEqual(before);
  });

  it('signs an agreement and shows it with the schedule and the limit', async () => {
    expect((await sign({ expiresOn: '2029-11-20' })).status).toBe(200);
    const view = await call(app, 'GET', `/api/bilans/${bilan}/lifecycle`, { cookie });
    expect(view.body).toMatchObject({
      ended: true,
      schedule: { endedOn: '2026-11-20', dueOn: '2026-12-20', daysLeft: 27, destroyedAt: null },
      retentionLimit: '2029-11-20',
      agreements: [{ purpose: 'suivi', items: ['synthese'], expiresOn: '2029-11-20', running: true }],
      certificates: [],
      canAgree: true,
    });
    const missing = await call(app, 'GET', `/api/bilans/${bilan}/lifecycle/certificate.pdf`, { cookie });
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain('pas encore de certificat');
  });
});
