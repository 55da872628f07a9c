/**
 * The portfolio over HTTP (issue 12): the bad input of the issue answered at the edge with a
 * French message on the field and nothing changed (a 10,000-character achievement, a period
 * ending before it starts, a start in the future, a date that does not exist, a NUL byte, a lone
 * surrogate, an unknown OGR code, the same competence twice), a stale save answered 409 with the
 * current version, and the export served as a JSON attachment.
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
let base: string;

const JOB = { kind: 'professional', title: 'Agente d’accueil', startedOn: '2015-09-01', endedOn: '2019-06-30' };

beforeAll(async () => {
  deps = testDeps();
  app = testApp(deps);
  const org = await createOrganisation(deps);
  const beneficiary = await createUser(deps, org.id, 'beneficiary');
  base = `/api/bilans/${await insertBilan(deps, org, beneficiary)}/portfolio`;
  cookie = await loginAs(app, beneficiary.email);
  consultantCookie = await loginAs(app, org.consultant.email);
});

const post = (path: string, body: unknown, as = cookie) => call(app, 'POST', `${base}${path}`, { cookie: as, body });
const portfolioTables = async () =>
  Object.fromEntries(Object.entries(await snapshotTables(deps.db)).filter(([t]) => t.startsWith('portfolio_')));

describe('the portfolio over HTTP', () => {
  it('refuses the bad input of the issue with a French message on the field, changing nothing', async () => {
    expect((await post('/experiences', JOB)).status).toBe(200);
    expect((await post('/competences', { kind: 'savoir_etre', label: 'Écoute active' })).status).toBe(200);
    const before = await portfolioTables();
    const refusals: [string, unknown, number, Record<string, string>][] = [
      [
        '/experiences',
        { ...JOB, achievements: 'é'.repeat(10_000) },
        422,
        {
          achievements:
            'Le texte des réalisations ne doit pas dépasser 5\u00a0000 caractères (10\u00a0000 saisis) : raccourcissez le texte.',
        },
      ],
      [
        '/experiences',
        { ...JOB, startedOn: '2019-01-01', endedOn: '2018-12-31' },
        422,
        { endedOn: 'La date de fin ne peut pas être antérieure à la date de début.' },
      ],
      [
        '/experiences',
        { ...JOB, startedOn: '2027-01-01', endedOn: null },
        422,
        { startedOn: 'La date de début ne peut pas être dans le futur.' },
      ],
      [
        '/experiences',
        { ...JOB, startedOn: '2019-02-29' },
        422,
        { startedOn: 'Cette date n’existe pas dans le calendrier : vérifiez le jour et le mois.' },
      ],
      [
        '/experiences',
        { ...JOB, title: 'Agente\u0000' },
        422,
        {
          title:
            'Ce texte contient des caractères invisibles ou non autorisés : retapez-le ou collez-le sans mise en forme.',
        },
      ],
      [
        '/experiences',
        { ...JOB, liked: 'Le contact \uDC00' },
        422,
        {
          liked:
            'Ce texte contient des caractères invisibles ou non autorisés : retapez-le ou collez-le sans mise en forme.',
        },
      ],
      [
        '/experiences',
        { ...JOB, kind: 'job' },
        422,
        { kind: 'Choisissez le type d’expérience : professionnelle, bénévolat, vie personnelle ou formation.' },
      ],
      [
        '/competences',
        { kind: 'savoir_faire', label: 'Accueillir', codeOgr: '999999' },
        422,
        {
          codeOgr:
            'Le code ROME 999999 ne correspond à aucune compétence ni à aucun savoir du catalogue : choisissez-la dans la liste, ou écrivez-la avec vos mots.',
        },
      ],
      [
        '/competences',
        { kind: 'savoir', label: 'Accueillir', codeOgr: 'A12' },
        422,
        { codeOgr: 'Ce code ROME est mal formé : il compte de 1 à 6 chiffres.' },
      ],
      [
        '/competences',
        { kind: 'savoir_etre', label: 'ecoute ACTIVE' },
        409,
        {
          label:
            '« Écoute active » figure déjà dans le portefeuille : complétez-la plutôt que de l’ajouter une seconde fois.',
        },
      ],
      ['/comments', { body: '   ' }, 422, { body: 'Écrivez votre commentaire.' }],
    ];
    for (const [path, body, status, fields] of refusals) {
      const response = await post(path, body);
      expect({ path, status: response.status, fields: response.body.error.fields }).toEqual({ path, status, fields });
      expect(response.body.error.message).toBeTruthy();
    }
    expect(await portfolioTables()).toEqual(before);
  });

  it('answers a stale save with 409 and the current version, so nothing typed is lost', async () => {
    const created = (await post('/experiences', { ...JOB, title: 'Version 1' })).body.experience;
    expect(
      (
        await post(
          '/experiences',
          { ...JOB, id: created.id, revision: 1, title: 'Par la consultante' },
          consultantCookie,
        )
      ).status,
    ).toBe(200);
    const stale = await post('/experiences', { ...JOB, id: created.id, revision: 1, title: 'Par la bénéficiaire' });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: 'portfolio_stale',
      details: { current: { id: created.id, title: 'Par la consultante', revision: 2 } },
    });
  });

  it('serves the export as a JSON attachment', async () => {
    const response = await call(app, 'GET', `${base}/export.json`, { cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="portefeuille-de-competences.json"');
    expect(JSON.parse(response.text)).toMatchObject({ format: 'sillage.portfolio', version: 1 });
  });

  it('serves the printable portfolio as a PDF attachment', async () => {
    const response = await call(app, 'GET', `${base}.pdf`, { cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="mon-parcours-et-mes-competences.pdf"',
    );
    expect(response.text.startsWith('%PDF-')).toBe(true);
  });
});
