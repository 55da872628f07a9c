/**
 * GDPR requests over HTTP (decision 048): bad input answered at the edge with a French message on
 * the field and nothing changed (a NUL byte, a lone surrogate, a 200,000-character text, an
 * impossible or future date, an unknown kind, a beneficiary of another organisation); each
 * beneficiary reads only their own requests; consultants are refused; another organisation's
 * request is not found.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import { createOrganisation, createUser, type TestOrganisation } from '../../../tests/support/factories.ts';
import { call, loginAs, testApp } from '../../../tests/support/http.ts';
import { snapshotTables } from '../../../tests/support/table-snapshot.ts';
import type { App } from '../../app/http.ts';

let deps: TestDeps;
let app: App;
let org: TestOrganisation;
let elsewhere: TestOrganisation;
const cookies: Record<string, string> = {};
let otherOrgBeneficiaryId: string;

const UNSAFE =
  'Ce texte contient des caractères invisibles ou non autorisés : retapez-le ou collez-le sans mise en forme.';

beforeAll(async () => {
  deps = testDeps();
  app = testApp(deps);
  org = await createOrganisation(deps);
  elsewhere = await createOrganisation(deps);
  const bruno = await createUser(deps, org.id, 'beneficiary', 'bruno');
  const other = await createUser(deps, org.id, 'beneficiary', 'autre');
  const far = await createUser(deps, elsewhere.id, 'beneficiary', 'loin');
  otherOrgBeneficiaryId = far.id;
  cookies.bruno = await loginAs(app, bruno.email);
  cookies.other = await loginAs(app, other.email);
  cookies.admin = await loginAs(app, org.admin.email);
  cookies.consultant = await loginAs(app, org.consultant.email);
  cookies.elsewhereAdmin = await loginAs(app, elsewhere.admin.email);
});

const post = (path: string, body: unknown, as: string) =>
  call(app, 'POST', `/api/privacy${path}`, { cookie: cookies[as], body });
const get = (path: string, as: string) => call(app, 'GET', `/api/privacy${path}`, { cookie: cookies[as] });
const requestsTable = async () => (await snapshotTables(deps.db))['privacy_requests'];

describe('GDPR requests over HTTP', () => {
  it('refuses bad input with a French message on the field, changing nothing', async () => {
    const before = await requestsTable();
    const refusals: [string, string, unknown, Record<string, string>][] = [
      ['/mine', 'bruno', { kind: 'access', message: 'Bonjour\u0000' }, { message: UNSAFE }],
      ['/mine', 'bruno', { kind: 'access', message: 'Bonjour \uD800' }, { message: UNSAFE }],
      [
        '/mine',
        'bruno',
        { kind: 'access', message: 'é'.repeat(200_000) },
        {
          message:
            'Le message ne doit pas dépasser 4\u00a0000 caractères (200\u00a0000 saisis) : raccourcissez le texte.',
        },
      ],
      [
        '/mine',
        'bruno',
        { kind: 'tout', message: 'Bonjour' },
        {
          kind: 'Choisissez le type de demande : accès, rectification, effacement, limitation, opposition ou portabilité.',
        },
      ],
      [
        '/requests',
        'admin',
        {
          kind: 'erasure',
          subjectType: 'person',
          personName: 'Camille\u0000',
          personEmail: 'c@exemple.fr',
          receivedOn: '2026-11-20',
        },
        { personName: UNSAFE },
      ],
      [
        '/requests',
        'admin',
        {
          kind: 'erasure',
          subjectType: 'person',
          personName: 'Camille',
          personEmail: 'c@exemple.fr',
          receivedOn: '2026-02-30',
        },
        { receivedOn: 'Cette date n’existe pas dans le calendrier : vérifiez le jour et le mois.' },
      ],
      [
        '/requests',
        'admin',
        {
          kind: 'erasure',
          subjectType: 'person',
          personName: 'Camille',
          personEmail: 'c@exemple.fr',
          receivedOn: '2026-12-20',
        },
        { receivedOn: 'La date de réception ne peut pas être dans le futur.' },
      ],
      [
        '/requests',
        'admin',
        { kind: 'erasure', subjectType: 'person', receivedOn: '2026-11-20', message: 'x'.repeat(200_000) },
        {
          message:
            'Le résumé de la demande ne doit pas dépasser 4\u00a0000 caractères (200\u00a0000 saisis) : raccourcissez le texte.',
        },
      ],
      [
        '/requests',
        'admin',
        { kind: 'erasure', subjectType: 'person', receivedOn: '2026-11-20' },
        { personName: 'Indiquez le nom de la personne.', personEmail: 'Indiquez l’adresse e-mail de la personne.' },
      ],
      [
        '/requests',
        'admin',
        { kind: 'access', subjectType: 'beneficiary', beneficiaryId: otherOrgBeneficiaryId, receivedOn: '2026-11-20' },
        { beneficiaryId: 'Ce ou cette bénéficiaire n’existe pas dans votre organisme.' },
      ],
    ];
    for (const [path, as, body, fields] of refusals) {
      const response = await post(path, body, as);
      expect({ path, status: response.status, fields: response.body.error.fields }).toEqual({
        path,
        status: 422,
        fields,
      });
      expect(response.body.error.message).toMatch(/[a-zé]/);
    }
    expect(await requestsTable()).toEqual(before);
  });

  it('shows each beneficiary only their own requests, refuses consultants, hides other organisations', async () => {
    const asked = await post('/mine', { kind: 'rectification', message: 'Mon nom s’écrit Lefèvre.' }, 'bruno');
    expect(asked.status).toBe(201);
    expect(asked.body.request.deadline).toBe('2026-12-23');
    const id = asked.body.request.id as string;

    expect((await get('/mine', 'bruno')).body.requests.map((r: { id: string }) => r.id)).toContain(id);
    expect((await get('/mine', 'other')).body.requests).toEqual([]);
    expect((await get('/mine', 'consultant')).status).toBe(403);
    expect((await get('/requests', 'consultant')).status).toBe(403);
    expect((await get('/requests', 'bruno')).status).toBe(403);
    expect((await post(`/requests/${id}/start`, {}, 'bruno')).status).toBe(403);

    const register = await get('/requests', 'admin');
    expect(register.body.requests.map((r: { id: string }) => r.id)).toContain(id);
    expect((await get('/requests', 'elsewhereAdmin')).body.requests).toEqual([]);
    const before = await requestsTable();
    expect(
      (await post(`/requests/${id}/answer`, { summary: 'Fait.', answeredOn: '2026-11-23' }, 'elsewhereAdmin')).status,
    ).toBe(404);
    expect(await requestsTable()).toEqual(before);

    // Answered: the beneficiary reads the answer; it cannot be answered twice.
    const answered = await post(
      `/requests/${id}/answer`,
      { summary: 'Nom corrigé.', answeredOn: '2026-11-23' },
      'admin',
    );
    expect(answered.status).toBe(200);
    expect((await get('/mine', 'bruno')).body.requests[0]).toMatchObject({
      status: 'answered',
      answerSummary: 'Nom corrigé.',
    });
    const again = await post(`/requests/${id}/refuse`, { refusalReason: 'Non.', refusedOn: '2026-11-23' }, 'admin');
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('Cette demande a déjà reçu sa réponse : elle ne peut plus être modifiée.');
  });
});
