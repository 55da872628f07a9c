/**
 * The exploration over HTTP (issue 13): bad input answered at the edge with a French message on
 * the field and nothing changed (a NUL byte, a lone surrogate, a 200,000-character text, an
 * impossible date, an unknown code, a piste set aside without its reason, a malformed e-mail or
 * address, ids of another organisation), a stale save answered 409 with the current version, and
 * the export served as a JSON attachment.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import { createOrganisation, createUser, insertBilan } from '../../../tests/support/factories.ts';
import { call, loginAs, testApp } from '../../../tests/support/http.ts';
import { snapshotTables } from '../../../tests/support/table-snapshot.ts';
import type { App } from '../../app/http.ts';
import { buildRomeCatalog } from '../../catalog/domain/rome/build-catalog.ts';
import { assembleExportInput } from '../../catalog/domain/rome/export-input.ts';
import { syntheticExportFiles } from '../../catalog/domain/rome/synthetic-export.fixture.ts';
import { importRomeCatalogue } from '../../catalog/use-cases/import-rome-catalogue.ts';

let deps: TestDeps;
let app: App;
let cookie: string;
let consultantCookie: string;
let elsewhereCookie: string;
let base: string;
let elsewhereBase: string;

const UNSAFE =
  'Ce texte contient des caractères invisibles ou non autorisés : retapez-le ou collez-le sans mise en forme.';

beforeAll(async () => {
  deps = testDeps();
  await importRomeCatalogue(deps, buildRomeCatalog(assembleExportInput(syntheticExportFiles())), 'export synthétique');
  app = testApp(deps);
  const org = await createOrganisation(deps);
  const beneficiary = await createUser(deps, org.id, 'beneficiary');
  base = `/api/bilans/${await insertBilan(deps, org, beneficiary)}/exploration`;
  cookie = await loginAs(app, beneficiary.email);
  consultantCookie = await loginAs(app, org.consultant.email);
  const elsewhere = await createOrganisation(deps);
  const elsewhereBeneficiary = await createUser(deps, elsewhere.id, 'beneficiary', 'ailleurs');
  elsewhereBase = `/api/bilans/${await insertBilan(deps, elsewhere, elsewhereBeneficiary)}/exploration`;
  elsewhereCookie = await loginAs(app, elsewhereBeneficiary.email);
});

const post = (path: string, body: unknown, as = cookie, at = base) =>
  call(app, 'POST', `${at}${path}`, { cookie: as, body });
const explorationTables = async () =>
  Object.fromEntries(Object.entries(await snapshotTables(deps.db)).filter(([t]) => t.startsWith('exploration_')));

describe('the exploration over HTTP', () => {
  it('refuses bad input with a French message on the field, changing nothing', async () => {
    const piste = (await post('/pistes', { kind: 'rome_fiche', codeRome: 'X1101', origin: 'suggestion' })).body.piste;
    const pisteId = piste.id as string;
    const before = await explorationTables();
    const refusals: [string, unknown, number, Record<string, string>][] = [
      ['/pistes', { kind: 'free_project', title: 'Libraire\u0000' }, 422, { title: UNSAFE }],
      [
        '/pistes',
        { kind: 'free_project', title: 'Libraire', desireWhy: 'Les livres \uD800' },
        422,
        { desireWhy: UNSAFE },
      ],
      [
        '/pistes',
        { kind: 'free_project', title: 'Libraire', favourableFactors: 'é'.repeat(200_000) },
        422,
        {
          favourableFactors:
            'Le texte des facteurs favorables ne doit pas dépasser 5\u00a0000 caractères (200\u00a0000 saisis) : raccourcissez le texte.',
        },
      ],
      [
        '/pistes',
        { kind: 'free_project', title: 'Libraire', criteria: { market: { assessment: 'excellent' } } },
        422,
        { 'criteria.market.assessment': 'Choisissez : favorable, mitigé ou défavorable.' },
      ],
      [
        '/pistes',
        { kind: 'free_project', title: 'Libraire', desire: 6 },
        422,
        { desire: 'Choisissez une envie de 1 à 5.' },
      ],
      [
        '/pistes',
        { kind: 'rome_fiche', codeRome: 'M16O7' },
        422,
        { codeRome: 'Ce code ROME est mal formé : une lettre et quatre chiffres, par exemple M1607.' },
      ],
      [
        '/pistes',
        { kind: 'rome_fiche', codeRome: 'Z9999' },
        422,
        { codeRome: 'Le code Z9999 ne correspond à aucun métier du ROME : choisissez-le dans la liste.' },
      ],
      [
        '/pistes',
        { kind: 'rome_fiche', codeRome: 'X1101' },
        409,
        {
          codeRome:
            '« Maquettiste / Maquettiste en modèles réduits » figure déjà parmi les pistes : complétez-la plutôt que de l’ajouter une seconde fois.',
        },
      ],
      [
        '/pistes',
        { kind: 'free_project', title: 'Libraire', status: 'ecartee' },
        422,
        { statusReason: 'Indiquez pourquoi la piste est écartée : cela servira à la synthèse.' },
      ],
      [
        '/enquetes',
        { pisteId, kind: 'interview', contactName: 'Mme Roux', plannedOn: '2026-02-30' },
        422,
        { plannedOn: 'Cette date n’existe pas dans le calendrier : vérifiez le jour et le mois.' },
      ],
      [
        '/enquetes',
        { pisteId, kind: 'immersion', place: 'Atelier', startedOn: '2026-12-10', endedOn: '2026-12-01' },
        422,
        { endedOn: 'La date de fin ne peut pas être antérieure à la date de début.' },
      ],
      [
        '/enquetes',
        { pisteId, kind: 'interview', contactName: 'Mme Roux', contactEmail: 'roux@' },
        422,
        { contactEmail: 'Indiquez une adresse e-mail valide, par exemple prenom.nom@exemple.fr, ou laissez vide.' },
      ],
      [
        '/enquetes',
        { pisteId, kind: 'source', sourceTitle: 'Site', sourceUrl: 'javascript:alert(1)' },
        422,
        { sourceUrl: 'Indiquez une adresse web complète, commençant par https://, ou laissez vide.' },
      ],
      [
        '/enquetes',
        { pisteId, kind: 'interview' },
        422,
        { contactName: 'Indiquez le nom (ou le prénom) de la personne rencontrée.' },
      ],
      [
        '/training-needs',
        { pisteId, content: 'Collage', codeOgr: '999999' },
        422,
        { codeOgr: 'Le code 999999 ne correspond à aucune compétence ni à aucun savoir du ROME.' },
      ],
      [
        '/training-needs',
        { pisteId, content: 'Collage', funding: 'loterie' },
        422,
        { funding: 'Choisissez un financement : CPF, projet de transition professionnelle, VAE, employeur ou autre.' },
      ],
      [
        '/set-aside',
        { codeRome: 'Z9999', reason: 'Non' },
        422,
        { codeRome: 'Le code Z9999 ne correspond à aucun métier du ROME.' },
      ],
    ];
    for (const [path, body, status, fields] of refusals) {
      const response = await post(path, body, path === '/set-aside' ? consultantCookie : cookie);
      expect({ path, status: response.status, fields: response.body.error.fields }).toEqual({ path, status, fields });
      expect(response.body.error.message).toBeTruthy();
    }
    expect(await explorationTables()).toEqual(before);
    // Another organisation's ids: not found, as if they did not exist.
    const elsewherePiste = (
      await post('/pistes', { kind: 'free_project', title: 'Ailleurs' }, elsewhereCookie, elsewhereBase)
    ).body.piste.id as string;
    const before2 = await explorationTables();
    expect((await post('/training-needs', { pisteId: elsewherePiste, content: 'X' })).status).toBe(404);
    expect((await post('/enquetes', { pisteId: elsewherePiste, kind: 'source', sourceTitle: 'X' })).status).toBe(404);
    expect((await post(`/pistes/${elsewherePiste}/delete`, {})).status).toBe(404);
    expect((await call(app, 'GET', `${base}/pistes/${elsewherePiste}/guide`, { cookie })).status).toBe(404);
    expect((await call(app, 'GET', elsewhereBase, { cookie })).status).toBe(404);
    expect((await post('/pistes', { kind: 'free_project', title: 'X', id: elsewherePiste, revision: 1 })).status).toBe(
      404,
    );
    expect(await explorationTables()).toEqual(before2);
  });

  it('answers a stale save with 409 and the current version, so nothing typed is lost', async () => {
    const created = (await post('/pistes', { kind: 'free_project', title: 'Version 1' })).body.piste;
    expect(
      (
        await post(
          '/pistes',
          { kind: 'free_project', id: created.id, revision: 1, title: 'Par le consultant' },
          consultantCookie,
        )
      ).status,
    ).toBe(200);
    const stale = await post('/pistes', {
      kind: 'free_project',
      id: created.id,
      revision: 1,
      title: 'Par la bénéficiaire',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: 'exploration_stale',
      details: { current: { id: created.id, title: 'Par le consultant', revision: 2 } },
    });
    const enquete = (await post('/enquetes', { pisteId: created.id, kind: 'source', sourceTitle: 'Salon' })).body
      .enquete;
    expect(
      (
        await post(
          `/enquetes/${enquete.id}/debrief`,
          { revision: 1, confirmed: 'Oui', effect: 'neutral' },
          consultantCookie,
        )
      ).status,
    ).toBe(200);
    const staleDebrief = await post(
      `/enquetes/${enquete.id}/debrief`,
      { revision: 1, confirmed: 'Non', effect: 'weakens' },
      consultantCookie,
    );
    expect(staleDebrief.status).toBe(409);
    expect(staleDebrief.body.error.details.current).toMatchObject({
      id: enquete.id,
      revision: 2,
      debrief: { effect: 'neutral' },
    });
  });

  it('serves the export as a JSON attachment', async () => {
    const response = await call(app, 'GET', `${base}/export.json`, { cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="pistes-professionnelles.json"');
    expect(JSON.parse(response.text)).toMatchObject({ format: 'sillage.exploration', version: 1 });
  });
});
