/**
 * The documents API over HTTP (decision 015): bad input on documents, financing and séances
 * answered in French with a 4xx and nothing saved.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import {
  createOrganisation,
  createUser,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { call, loginAs, testApp } from '../../../tests/support/http.ts';
import type { App } from '../../app/http.ts';

let deps: TestDeps;
let app: App;
let org: TestOrganisation;
let beneficiary: TestUser;
let bilanId: string;
let consultant = '';
let person = '';

beforeAll(async () => {
  deps = testDeps('2026-05-06T08:00:00Z');
  app = testApp(deps);
  org = await createOrganisation(deps);
  beneficiary = await createUser(deps, org.id, 'beneficiary', 'http-docs');
  await deps.db
    .updateTable('users')
    .set({ first_name: 'Bruno', last_name: 'Lefèvre' })
    .where('id', '=', beneficiary.id)
    .execute();
  bilanId = (
    await deps.db
      .insertInto('bilans')
      .values({
        organisation_id: org.id,
        beneficiary_id: beneficiary.id,
        consultant_id: org.consultant.id,
        financing: 'cpf',
        planned_accompaniment_minutes: 1200,
        created_at: deps.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  await deps.db
    .updateTable('organisations')
    .set({ vat_regime: 'exempt', signatory_name: 'Marie Durand', signatory_role: 'gérante' })
    .where('id', '=', org.id)
    .execute();
  consultant = await loginAs(app, org.consultant.email);
  person = await loginAs(app, beneficiary.email);
});

describe('bad input on documents and financing', () => {
  const financingRow = () =>
    deps.db.selectFrom('bilan_financings').selectAll().where('bilan_id', '=', bilanId).executeTakeFirst();

  it('refuses an amount in the wrong format, a date out of range, an unknown exemption; nothing saved', async () => {
    const before = await financingRow();
    for (const [body, field, text] of [
      [{ price: '1,600.50' }, 'price', 'n’est pas valide'],
      [{ price: 'mille euros' }, 'price', 'n’est pas valide'],
      [{ cpfValidatedOn: '2026-13-01' }, 'cpfValidatedOn', 'n’existe pas'],
      [{ cpfValidatedOn: '2027-01-01' }, 'cpfValidatedOn', 'dans le futur'],
      [{ previousPublicBilan: 'yes', previousPublicBilanOn: '2030-01-01' }, 'previousPublicBilanOn', 'dans le futur'],
      [{ cpfExemptions: ['solde_cpf'] }, 'cpfExemptions.0', 'inconnue'],
      [{ employerContactEmail: 'pas-un-courriel' }, 'employerContactEmail', 'adresse e-mail valide'],
      [{ plannedStartOn: '2026-06-10', plannedEndOn: '2026-06-01' }, 'plannedEndOn', 'ne peut pas précéder'],
      [{ plannedStartOn: '2026-02-30' }, 'plannedStartOn', 'n’existe pas'],
      [{ personalWorkHours: 'beaucoup' }, 'personalWorkHours', 'nombre d’heures'],
      [{ personalWorkHours: '150' }, 'personalWorkHours', 'au plus 100 heures'],
      [{ modality: 'hybride' }, 'modality', 'dans la liste'],
      [{ workingTime: 'parfois' }, 'workingTime', 'dans la liste'],
    ] as const) {
      const response = await call(app, 'POST', `/api/bilans/${bilanId}/financing`, { cookie: consultant, body });
      expect({ status: response.status, field: response.body.error.fields?.[field] }).toEqual({
        status: 422,
        field: expect.stringContaining(text),
      });
    }
    expect(await financingRow()).toEqual(before);
  });

  it('refuses signing twice and signing a document that changed, in French; nothing saved', async () => {
    expect(
      (
        await call(app, 'POST', `/api/bilans/${bilanId}/financing`, {
          cookie: consultant,
          body: {
            price: '1 600',
            cpfValidatedOn: '2026-05-04',
            plannedStartOn: '2026-06-01',
            plannedEndOn: '2026-07-31',
            modality: 'remote',
            personalWorkHours: '8',
            workingTime: 'outside',
          },
        })
      ).status,
    ).toBe(200);
    const generated = await call(app, 'POST', `/api/bilans/${bilanId}/documents`, {
      cookie: consultant,
      body: { kind: 'devis' },
    });
    expect(generated.status).toBe(201);
    const { documentId, sha256 } = generated.body;
    const pdf = await call(app, 'GET', `/api/documents/${documentId}/pdf`, { cookie: person });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('x-content-type-options')).toBe('nosniff');
    expect(pdf.headers.get('content-security-policy')).toBeNull();
    expect(pdf.headers.get('cache-control')).toBe('no-store');

    const sign = (hash: string) =>
      call(app, 'POST', `/api/documents/${documentId}/signatures`, {
        cookie: person,
        body: { signedName: 'Bruno Lefèvre', consent: true, sha256: hash },
      });
    const unconsented = await call(app, 'POST', `/api/documents/${documentId}/signatures`, {
      cookie: person,
      body: { signedName: 'Bruno Lefèvre', consent: false, sha256 },
    });
    expect(unconsented).toMatchObject({
      status: 422,
      body: { error: { fields: { consent: 'Cochez la case pour signer le document.' } } },
    });
    const changed = await sign('0'.repeat(64));
    expect(changed).toMatchObject({
      status: 409,
      body: {
        error: {
          code: 'document_changed',
          message: 'Le document a changé depuis son affichage : relisez la nouvelle version avant de signer.',
        },
      },
    });
    expect(
      await deps.db.selectFrom('document_signatures').select('id').where('document_id', '=', documentId).execute(),
    ).toHaveLength(0);
    expect((await sign(sha256)).status).toBe(204);
    expect(await sign(sha256)).toMatchObject({
      status: 409,
      body: { error: { code: 'already_signed', message: 'Vous avez déjà signé ce document.' } },
    });
    expect(
      await deps.db.selectFrom('document_signatures').select('id').where('document_id', '=', documentId).execute(),
    ).toHaveLength(1);
    const listed = await call(app, 'GET', `/api/bilans/${bilanId}/documents`, { cookie: person });
    expect(listed.body.documents[0]).toMatchObject({
      fullySigned: false,
      awaitingMySignature: false,
      signatures: [
        { role: 'beneficiary', name: 'Bruno Lefèvre' },
        { role: 'provider', name: null },
      ],
    });
  });

  it('refuses dates out of order and a start before the CPF earliest start; nothing saved', async () => {
    const plan = (date: string, start: string, end: string) =>
      call(app, 'POST', `/api/bilans/${bilanId}/seances`, {
        cookie: consultant,
        body: { date, start, end, mode: 'in_person', phase: 'preliminaire', place: 'Lyon' },
      });
    const outOfOrder = await plan('2026-05-22', '16:00', '14:00');
    expect(outOfOrder.status).toBe(422);
    const early = await plan('2026-05-21', '14:00', '16:00');
    expect(early).toMatchObject({
      status: 422,
      body: { error: { fields: { date: expect.stringContaining('au plus tôt le 22 mai 2026') } } },
    });
    expect(await deps.db.selectFrom('seances').select('id').where('bilan_id', '=', bilanId).execute()).toHaveLength(0);
    expect((await plan('2026-05-22', '14:00', '16:00')).status).toBe(201);
  });

  it('refuses an unknown or expired signature link in French', async () => {
    const unknown = await call(app, 'GET', '/api/signature-links/not-a-token');
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: 'signature_link_invalid' } } });
  });
});
