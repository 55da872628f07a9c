/**
 * The synthesis over HTTP (issue 14): bad input answered at the edge with a French message on the
 * field and nothing changed (a NUL byte, a lone surrogate, a 200,000-character section, an unknown
 * section, a malformed hash, an impossible delivery date, an unknown channel), a stale approval
 * and a delivery before approval answered 409, and the exports served as attachments.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import { createOrganisation, createUser, insertBilan } from '../../../tests/support/factories.ts';
import { call, loginAs, testApp } from '../../../tests/support/http.ts';
import { snapshotTables } from '../../../tests/support/table-snapshot.ts';
import type { App } from '../../app/http.ts';

let deps: TestDeps;
let app: App;
let beneficiaryCookie: string;
let consultantCookie: string;
let base: string;
let beneficiaryName: string;

const UNSAFE =
  'Ce texte contient des caractères invisibles ou non autorisés : retapez-le ou collez-le sans mise en forme.';

beforeAll(async () => {
  deps = testDeps();
  app = testApp(deps);
  const org = await createOrganisation(deps);
  const beneficiary = await createUser(deps, org.id, 'beneficiary');
  const user = await deps.db
    .selectFrom('users')
    .select(['first_name', 'last_name'])
    .where('id', '=', beneficiary.id)
    .executeTakeFirstOrThrow();
  beneficiaryName = `${user.first_name} ${user.last_name}`;
  base = `/api/bilans/${await insertBilan(deps, org, beneficiary, { phase: 'conclusion' })}/synthese`;
  beneficiaryCookie = await loginAs(app, beneficiary.email);
  consultantCookie = await loginAs(app, org.consultant.email);
});

const post = (path: string, body: unknown, cookie = consultantCookie) =>
  call(app, 'POST', `${base}${path}`, { cookie, ...(body === undefined ? {} : { body }) });
const syntheseTables = async () =>
  Object.fromEntries(
    Object.entries(await snapshotTables(deps.db)).filter(([t]) => t.startsWith('synthese') || t === 'audit_events'),
  );

describe('the synthesis over HTTP', () => {
  it('refuses bad input with a French message on the field, changing nothing', async () => {
    expect((await post('/sections/suivi', { revision: 0, text: 'Un entretien à six mois.' })).status).toBe(200);
    const before = await syntheseTables();
    const refusals: [string, unknown, number, Record<string, string> | undefined][] = [
      ['/sections/suivi', { revision: 1, text: 'avant\u0000après' }, 422, { text: UNSAFE }],
      ['/sections/suivi', { revision: 1, text: 'demi \uD800 caractère' }, 422, { text: UNSAFE }],
      [
        '/sections/suivi',
        { revision: 1, text: 'é'.repeat(200_000) },
        422,
        {
          text: 'Le texte d’une partie ne doit pas dépasser 20\u00a0000 caractères (200\u00a0000 saisis) : raccourcissez le texte.',
        },
      ],
      [
        '/sections/suivi',
        { revision: 'un', text: 'Texte' },
        422,
        { revision: 'La version de la partie est manquante : rechargez la page.' },
      ],
      ['/sections/annexes', { revision: 0, text: 'Texte' }, 404, undefined],
      [
        '/delivery',
        { channel: 'pigeon', deliveredOn: '2026-11-23' },
        422,
        {
          channel:
            'Choisissez comment la synthèse a été remise : en main propre, par téléchargement, par courrier ou par e-mail.',
        },
      ],
      ['/delivery', { channel: 'email', deliveredOn: '2026-02-30' }, 422, undefined],
      // Before any approval: refused, whatever the channel.
      ['/delivery', { channel: 'email', deliveredOn: '2026-11-23' }, 409, undefined],
    ];
    for (const [path, body, status, fields] of refusals) {
      const response = await post(path, body);
      expect({ path, status: response.status }).toEqual({ path, status });
      if (fields) expect(response.body.error.fields).toMatchObject(fields);
      expect(response.body.error.message).toBeTruthy();
    }
    expect(await syntheseTables()).toEqual(before);
  });

  it('refuses a stale approval, then approves, delivers and exports', async () => {
    const current = (await call(app, 'GET', base, { cookie: consultantCookie })).body;
    const revisions = Object.fromEntries(
      (current.draft as { key: string; revision: number }[]).map((s) => [s.key, s.revision]),
    );
    const v1 = (await post('/versions', { revisions })).body.version;
    await post('/sections/suivi', { revision: revisions.suivi, text: 'Un entretien de suivi à six mois.' });
    const v2 = (await post('/versions', { revisions: {} })).body.version;
    const before = await syntheseTables();
    const stale = await post(
      `/versions/${v1.id}/approve`,
      { signedName: beneficiaryName, consent: true, sha256: v1.sha256 },
      beneficiaryCookie,
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('synthese_version_changed');
    expect(stale.body.error.message).toMatch(/^Cette version de la synthèse n’est plus celle à approuver/);
    const malformed = await post(
      `/versions/${v2.id}/approve`,
      { signedName: beneficiaryName, consent: true, sha256: 'abc' },
      beneficiaryCookie,
    );
    expect(malformed.status).toBe(422);
    expect(await syntheseTables()).toEqual(before);

    const approved = await post(
      `/versions/${v2.id}/approve`,
      { signedName: beneficiaryName, consent: true, sha256: v2.sha256 },
      beneficiaryCookie,
    );
    expect(approved.status).toBe(200);
    expect(
      (await post('/delivery', { channel: 'telechargement', deliveredOn: '2026-11-23' })).body.delivery,
    ).toMatchObject({
      channelLabel: 'Téléchargement depuis l’espace du bénéficiaire',
      deliveredOn: '2026-11-23',
    });
    const pdf = await call(app, 'GET', `${base}/synthese.pdf`, { cookie: beneficiaryCookie });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toContain('synthese-v2.pdf');
  });
});
