/**
 * The action plan over HTTP (issue 14): bad input answered at the edge with a French message on
 * the field and nothing changed (a NUL byte, a lone surrogate, a 200,000-character text, an
 * impossible date, an unknown horizon, status or funding route, ids of another organisation), a
 * stale save answered 409 with the current version, and the export served as a JSON attachment.
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
let consultantCookie: string;
let elsewhereCookie: string;
let bilan: string;
let elsewhereBilan: string;

const UNSAFE =
  'Ce texte contient des caractères invisibles ou non autorisés : retapez-le ou collez-le sans mise en forme.';

beforeAll(async () => {
  deps = testDeps();
  app = testApp(deps);
  const org = await createOrganisation(deps);
  const beneficiary = await createUser(deps, org.id, 'beneficiary');
  bilan = await insertBilan(deps, org, beneficiary);
  cookie = await loginAs(app, beneficiary.email);
  consultantCookie = await loginAs(app, org.consultant.email);
  const elsewhere = await createOrganisation(deps);
  const elsewhereBeneficiary = await createUser(deps, elsewhere.id, 'beneficiary', 'ailleurs');
  elsewhereBilan = await insertBilan(deps, elsewhere, elsewhereBeneficiary);
  elsewhereCookie = await loginAs(app, elsewhereBeneficiary.email);
});

const post = (path: string, body: unknown, as = cookie, of = bilan) =>
  call(app, 'POST', `/api/bilans/${of}${path}`, { cookie: as, body });
const tables = async () => {
  const all = await snapshotTables(deps.db);
  return { steps: all['action_plan_steps'], pistes: all['exploration_pistes'] };
};

describe('the action plan over HTTP', () => {
  it('refuses bad input with a French message on the field, changing nothing', async () => {
    const created = (await post('/action-plan/steps', { horizon: 'court', what: 'Rencontrer deux libraires' })).body
      .step;
    const before = await tables();
    const refusals: [string, unknown, Record<string, string>][] = [
      ['/action-plan/steps', { horizon: 'court', what: 'Libraire\u0000' }, { what: UNSAFE }],
      ['/action-plan/steps', { horizon: 'court', what: 'Libraire', who: 'Moi \uD800' }, { who: UNSAFE }],
      [
        '/action-plan/steps',
        { horizon: 'court', what: 'Libraire', resources: 'é'.repeat(200_000) },
        {
          resources:
            'Le texte des ressources ne doit pas dépasser 2\u00a0000 caractères (200\u00a0000 saisis) : raccourcissez le texte.',
        },
      ],
      [
        '/action-plan/steps',
        { horizon: 'court', what: 'é'.repeat(2001) },
        {
          what: 'Le texte de l’étape ne doit pas dépasser 2\u00a0000 caractères (2\u00a0001 saisis) : raccourcissez le texte.',
        },
      ],
      [
        '/action-plan/steps',
        { horizon: 'court', what: 'Libraire', byWhen: '2027-02-30' },
        { byWhen: 'Cette date n’existe pas dans le calendrier : vérifiez le jour et le mois.' },
      ],
      [
        '/action-plan/steps',
        { horizon: 'bientot', what: 'Libraire' },
        { horizon: 'Choisissez l’horizon de l’étape : à court, à moyen ou à long terme.' },
      ],
      ['/action-plan/steps', { horizon: 'long', what: '   ' }, { what: 'Décrivez l’étape : ce qui est à faire.' }],
      [
        '/action-plan/steps',
        { horizon: 'long', what: 'Libraire', funding: 'loterie' },
        { funding: 'Choisissez un financement : CPF, projet de transition professionnelle, VAE, employeur ou autre.' },
      ],
      [
        '/action-plan/steps',
        { horizon: 'long', what: 'Libraire', status: 'presque' },
        { status: 'Choisissez l’avancement : à faire, en cours, faite ou abandonnée.' },
      ],
      [
        `/action-plan/steps/${created.id}/status`,
        { revision: 1, status: 'presque' },
        { status: 'Choisissez l’avancement : à faire, en cours, faite ou abandonnée.' },
      ],
    ];
    for (const [path, body, fields] of refusals) {
      const response = await post(path, body);
      expect({ path, status: response.status, fields: response.body.error.fields }).toEqual({
        path,
        status: 422,
        fields,
      });
    }
    expect(await tables()).toEqual(before);

    // Another organisation's ids: not found, as if they did not exist.
    const foreignPiste = (
      await post('/exploration/pistes', { kind: 'free_project', title: 'Ailleurs' }, elsewhereCookie, elsewhereBilan)
    ).body.piste.id as string;
    const foreignStep = (
      await post('/action-plan/steps', { horizon: 'court', what: 'Ailleurs' }, elsewhereCookie, elsewhereBilan)
    ).body.step.id as string;
    const before2 = await tables();
    expect((await post('/action-plan/steps', { horizon: 'court', what: 'X', pisteId: foreignPiste })).status).toBe(404);
    expect(
      (await post('/action-plan/steps', { horizon: 'court', what: 'X', id: foreignStep, revision: 1 })).status,
    ).toBe(404);
    expect((await post('/action-plan/steps', { horizon: 'court', what: 'X', id: foreignStep })).status).toBe(404);
    expect((await post(`/action-plan/steps/${foreignStep}/status`, { revision: 1, status: 'faite' })).status).toBe(404);
    expect((await post(`/action-plan/steps/${foreignStep}/delete`, {})).status).toBe(404);
    expect((await call(app, 'GET', `/api/bilans/${elsewhereBilan}/action-plan`, { cookie })).status).toBe(404);
    expect(await tables()).toEqual(before2);
  });

  it('answers a stale save with 409 and the current version; serves the export as an attachment', async () => {
    const created = (await post('/action-plan/steps', { horizon: 'moyen', what: 'Version 1' })).body.step;
    expect(
      (
        await post(
          '/action-plan/steps',
          { id: created.id, revision: 1, horizon: 'moyen', what: 'Par le consultant' },
          consultantCookie,
        )
      ).status,
    ).toBe(200);
    const stale = await post('/action-plan/steps', { id: created.id, revision: 1, horizon: 'moyen', what: 'Par moi' });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: 'action_plan_stale',
      details: { current: { id: created.id, revision: 2, what: 'Par le consultant' } },
    });
    const file = await call(app, 'GET', `/api/bilans/${bilan}/action-plan/export.json`, { cookie });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(file.headers.get('content-disposition')).toContain('plan-d-action.json');
  });
});
