/**
 * Intake at the HTTP edge: bad input answered in French with a 4xx and nothing saved.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import { createOrganisation, type TestOrganisation } from '../../../tests/support/factories.ts';
import { call, loginAs, testApp } from '../../../tests/support/http.ts';
import type { App } from '../../app/http.ts';

let deps: TestDeps;
let app: App;
let org: TestOrganisation;
let admin: string;
let slug: string;

const CONTACT = {
  firstName: 'Bruno',
  lastName: 'Lefèvre',
  email: 'bruno@exemple.fr',
  message: 'Je souhaite faire le point sur ma carrière.',
  preferredModality: 'remote',
  declaredSource: 'word_of_mouth',
  consent: true,
};

beforeAll(async () => {
  deps = testDeps();
  app = testApp(deps);
  org = await createOrganisation(deps);
  admin = await loginAs(app, org.admin.email);
  slug = `edge-${org.id.slice(0, 8)}`;
  await deps.db
    .updateTable('organisations')
    .set({ slug, public_page_enabled: true })
    .where('id', '=', org.id)
    .execute();
});

const count = async (table: 'leads') =>
  (await deps.db.selectFrom(table).select('id').where('organisation_id', '=', org.id).execute()).length;

describe('intake at the edge', () => {
  it('refuses an incomplete contact form field by field, in French, and saves nothing', async () => {
    const response = await call(app, 'POST', `/api/public/organisations/${slug}/contact`, {
      body: { ...CONTACT, email: 'bruno', consent: false, message: '' },
      ip: '192.0.2.10',
    });
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toMatchObject({
      email: expect.stringContaining('adresse e-mail valide'),
      consent: expect.stringContaining('Cochez'),
      message: expect.stringContaining('Écrivez'),
    });
    expect(await count('leads')).toBe(0);
  });

  it('drops fields the form never asks for (L6323-8-1) and stores the lead without them', async () => {
    const response = await call(app, 'POST', `/api/public/organisations/${slug}/contact`, {
      body: { ...CONTACT, soldeCpf: '1 500 €', numeroSecu: '185057800608436' },
      ip: '192.0.2.11',
    });
    expect(response.status).toBe(202);
    const leads = await deps.db.selectFrom('leads').selectAll().where('organisation_id', '=', org.id).execute();
    expect(leads).toHaveLength(1);
    expect(JSON.stringify(leads)).not.toMatch(/1 500|185057800608436/);
  });

  it('answers an unknown or unpublished page with a 404, and a malformed slug too', async () => {
    expect((await call(app, 'GET', '/api/public/organisations/nexiste-pas')).status).toBe(404);
    expect((await call(app, 'GET', '/api/public/organisations/A%20B')).status).toBe(404);
    const other = await createOrganisation(deps);
    const otherSlug = (
      await deps.db.selectFrom('organisations').select('slug').where('id', '=', other.id).executeTakeFirstOrThrow()
    ).slug;
    const response = await call(app, 'GET', `/api/public/organisations/${otherSlug}`);
    expect(response.status).toBe(404);
    expect(response.body.error.message).toBe('Cette page n’existe pas ou n’est pas publiée.');
  });

  it('limits the contact form per IP with a French 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (await call(app, 'POST', `/api/public/organisations/${slug}/contact`, { body: CONTACT, ip: '192.0.2.50' }))
          .status,
      );
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
  });

  it('refuses a lead action the status does not allow', async () => {
    const lead = (
      await deps.db.selectFrom('leads').select('id').where('organisation_id', '=', org.id).executeTakeFirstOrThrow()
    ).id;
    const reopen = await call(app, 'POST', `/api/leads/${lead}/status`, { cookie: admin, body: { action: 'reopen' } });
    expect(reopen.status).toBe(409);
    expect(reopen.body.error.message).toBe('Seule une demande terminée peut être rouverte.');
    const close = await call(app, 'POST', `/api/leads/${lead}/status`, { cookie: admin, body: { action: 'close' } });
    expect(close.status).toBe(422);
    expect(close.body.error.fields.reason).toBe('Indiquez pourquoi la demande est classée sans suite.');
    const status = await deps.db.selectFrom('leads').select('status').where('id', '=', lead).executeTakeFirstOrThrow();
    expect(status.status).toBe('new');
  });
});
