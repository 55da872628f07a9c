/**
 * The organisation at the HTTP edge: bad input answered in French with a 4xx and nothing saved.
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

beforeAll(async () => {
  deps = testDeps();
  app = testApp(deps);
  org = await createOrganisation(deps);
  admin = await loginAs(app, org.admin.email);
  slug = `edge-${org.id.slice(0, 8)}`;
});

const count = async (table: 'offers') =>
  (await deps.db.selectFrom(table).select('id').where('organisation_id', '=', org.id).execute()).length;

describe('organisation at the edge', () => {
  it('refuses an offer with a malformed price or too many hours, and saves nothing', async () => {
    const offer = {
      title: 'Bilan',
      accompanimentHours: '24',
      personalWorkHours: '4',
      modality: 'remote',
      price: '1 600',
      accessDelay: '10 jours',
    };
    const badPrice = await call(app, 'POST', '/api/admin/offers', { cookie: admin, body: { ...offer, price: '16OO' } });
    expect(badPrice.status).toBe(422);
    expect(badPrice.body.error.fields.price).toContain('prix TTC en euros');
    const tooLong = await call(app, 'POST', '/api/admin/offers', {
      cookie: admin,
      body: { ...offer, accompanimentHours: '25' },
    });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.error.fields.accompanimentHours).toContain('24');
    expect(await count('offers')).toBe(0);
    expect((await call(app, 'POST', '/api/admin/offers', { cookie: admin, body: offer })).status).toBe(201);
  });

  it('refuses an impossible Qualiopi date', async () => {
    const bad = await call(app, 'POST', '/api/admin/organisation', {
      cookie: admin,
      body: { name: 'Organisme', slug, followUpMonths: '6', publicPageEnabled: false, qualiopiExpiresOn: '2027-02-30' },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.qualiopiExpiresOn).toBeTruthy();
  });
});
