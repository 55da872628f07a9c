/**
 * The organisation's brand over HTTP (decision 036): the admin uploads, replaces and removes the
 * logo and sets the accent colour; the logo is served to anyone at a versioned address, as a
 * download an image element can show; the session, the public page and e-mails carry the brand.
 * Refused files and colours are answered in French with a 4xx and change nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import { createOrganisation, type TestOrganisation } from '../../../tests/support/factories.ts';
import { call, loginAs, testApp, TEST_ORIGIN } from '../../../tests/support/http.ts';
import { sampleJpeg, samplePng } from '../../../tests/support/sample-images.ts';
import type { App } from '../../app/http.ts';
import { UPLOADED_FILE_CSP } from '../../app/http.ts';
import { recordingTransport } from '../../platform/email/transport.ts';
import { deliverPendingEmails } from '../../email/use-cases/deliver-pending-emails.ts';
import { composeEmail, teamSignature } from '../../email/domain/message.ts';
import { MAX_LOGO_BYTES } from '../domain/logo-image.ts';

let deps: TestDeps;
let app: App;
let a: TestOrganisation;
let b: TestOrganisation;
let adminA: string;
let adminB: string;
let consultantA: string;

beforeAll(async () => {
  deps = testDeps();
  app = testApp(deps);
  a = await createOrganisation(deps);
  b = await createOrganisation(deps);
  adminA = await loginAs(app, a.admin.email);
  adminB = await loginAs(app, b.admin.email);
  consultantA = await loginAs(app, a.consultant.email);
});

interface Sent {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON under test
  headers: Headers;
  bytes: Buffer;
}

async function request(path: string, init: { cookie?: string; body?: FormData | string; type?: string } = {}) {
  const headers: Record<string, string> = { 'sec-fetch-site': 'same-origin', 'x-forwarded-for': '198.51.100.8' };
  if (init.cookie) headers.cookie = init.cookie;
  let payload: BodyInit | undefined;
  if (init.body instanceof FormData) {
    const encoded = new Response(init.body);
    headers['content-type'] = encoded.headers.get('content-type')!;
    const bytes = new Uint8Array(await encoded.arrayBuffer());
    headers['content-length'] = String(bytes.length);
    payload = bytes;
  } else if (init.body !== undefined) {
    payload = init.body;
    headers['content-type'] = init.type ?? 'application/json';
  }
  if (payload !== undefined) headers.origin = TEST_ORIGIN;
  const response = await app.request(path, { method: payload === undefined ? 'GET' : 'POST', headers, body: payload });
  const bytes = Buffer.from(await response.arrayBuffer());
  let body: unknown;
  try {
    body = JSON.parse(bytes.toString('utf8'));
  } catch {
    body = undefined;
  }
  return { status: response.status, body, headers: response.headers, bytes } as Sent;
}

const logoForm = (bytes: Uint8Array, name = 'logo.png', type = 'image/png') => {
  const form = new FormData();
  form.append('logo', new File([new Uint8Array(bytes)], name, { type }));
  return form;
};
const upload = (cookie: string, bytes: Uint8Array, name?: string, type?: string) =>
  request('/api/admin/organisation/logo', { cookie, body: logoForm(bytes, name, type) });

const brandEvents = async (organisationId: string) =>
  (
    await deps.db
      .selectFrom('audit_events')
      .select(['details'])
      .where('organisation_id', '=', organisationId)
      .where('action', '=', 'organisation.brand_changed')
      .orderBy('id')
      .execute()
  ).map((e) => e.details as { change: string });

const logoRow = (organisationId: string) =>
  deps.db
    .selectFrom('organisation_logos')
    .select(['sha256', 'content_type'])
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();

describe('the organisation’s logo', () => {
  it('is uploaded, served with a versioned address, replaced and removed, each change audited', async () => {
    const png = samplePng(200, 80);
    const saved = await upload(adminA, png);
    expect(saved.status).toBe(200);
    expect(saved.body.logo).toMatchObject({ width: 200, height: 80 });
    const url: string = saved.body.logo.url;
    expect(url).toMatch(new RegExp(`^/api/organisations/${a.id}/logo\\?v=[0-9a-f]{16}$`));

    // Served to anyone, byte for byte, as an uploaded file is (decision 030), cached while current.
    const served = await request(url);
    expect(served.status).toBe(200);
    expect(served.bytes.equals(png)).toBe(true);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(served.headers.get('content-security-policy')).toBe(UPLOADED_FILE_CSP);
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const unversioned = await request(`/api/organisations/${a.id}/logo`);
    expect(unversioned.status).toBe(200);
    expect(unversioned.headers.get('cache-control')).toBe('no-cache');

    // The signed-in people of the organisation see it in their session, not those of another.
    const session = await request('/api/session', { cookie: consultantA });
    expect(session.body.user.organisation).toMatchObject({ id: a.id, logoUrl: url });
    expect((await request('/api/session', { cookie: adminB })).body.user.organisation.logoUrl).toBeNull();

    const replaced = await upload(adminA, sampleJpeg(), 'logo.jpg', 'image/jpeg');
    expect(replaced.status).toBe(200);
    expect(replaced.body.logo.url).not.toBe(url);
    const jpeg = await request(replaced.body.logo.url);
    expect(jpeg.headers.get('content-type')).toBe('image/jpeg');
    // The old version's address is no longer cached for a year.
    expect((await request(url)).headers.get('cache-control')).toBe('no-cache');

    const removed = await request('/api/admin/organisation/logo/delete', { cookie: adminA, body: '{}' });
    expect(removed.status).toBe(200);
    expect(removed.body.logo).toBeNull();
    expect((await request(url)).status).toBe(404);
    expect(await logoRow(a.id)).toBeUndefined();
    expect((await request('/api/session', { cookie: consultantA })).body.user.organisation.logoUrl).toBeNull();
    expect((await brandEvents(a.id)).map((e) => e.change)).toEqual(['logo_uploaded', 'logo_uploaded', 'logo_removed']);
  });

  it('answers 404 for an organisation that does not exist or has no logo', async () => {
    expect((await request('/api/organisations/00000000-0000-4000-8000-000000000000/logo')).status).toBe(404);
    expect((await request(`/api/organisations/${b.id}/logo`)).status).toBe(404);
    expect((await request('/api/organisations/pas-un-id/logo')).status).toBe(404);
  });

  it('refuses SVG, an HTML polyglot, an oversized or empty file, in French, and saves nothing', async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const polyglot = Buffer.concat([samplePng(), Buffer.from('<html><script>alert(document.cookie)</script></html>')]);
    const oversized = Buffer.concat([samplePng(), Buffer.alloc(MAX_LOGO_BYTES)]);
    const cases: [Uint8Array, string, string, number, string][] = [
      [svg, 'logo.svg', 'image/svg+xml', 422, 'PNG ou JPEG'],
      [svg, 'logo.png', 'image/png', 422, 'PNG ou JPEG'],
      [polyglot, 'logo.png', 'image/png', 422, 'n’est pas une image PNG ou JPEG valide'],
      [oversized, 'logo.png', 'image/png', 413, '300 ko'],
      [new Uint8Array(), 'logo.png', 'image/png', 422, 'vide'],
      [samplePng(2400, 20), 'logo.png', 'image/png', 422, 'pixels de large ni de haut'],
    ];
    for (const [bytes, name, type, status, message] of cases) {
      const refused = await upload(adminB, bytes, name, type);
      expect(refused.status, `${name} ${type} ${bytes.length}`).toBe(status);
      expect(refused.body.error.fields.logo).toContain(message);
    }
    // Not a multipart body, or no file in it.
    const json = await request('/api/admin/organisation/logo', { cookie: adminB, body: '{"logo":"x"}' });
    expect(json.status).toBe(415);
    const noFile = new FormData();
    noFile.append('logo', 'texte');
    expect((await request('/api/admin/organisation/logo', { cookie: adminB, body: noFile })).status).toBe(422);
    expect(await logoRow(b.id)).toBeUndefined();
    expect(await brandEvents(b.id)).toEqual([]);
  });

  it('belongs to one organisation: another admin changes only theirs, others may not change it', async () => {
    await upload(adminA, samplePng(100, 100));
    const before = await logoRow(a.id);
    expect((await upload(adminB, samplePng(50, 50))).status).toBe(200);
    expect(await logoRow(a.id)).toEqual(before);
    expect((await request('/api/admin/organisation/logo/delete', { cookie: adminB, body: '{}' })).status).toBe(200);
    expect(await logoRow(a.id)).toEqual(before);
    expect((await upload(consultantA, samplePng())).status).toBe(403);
    const anonymous = await request('/api/admin/organisation/logo', { body: logoForm(samplePng()) });
    expect(anonymous.status).toBe(401);
    expect(await logoRow(a.id)).toEqual(before);
  });
});

describe('the accent colour', () => {
  const setColour = (cookie: string, accentColour: string) =>
    request('/api/admin/organisation/brand', { cookie, body: JSON.stringify({ accentColour }) });

  it('refuses a colour too light to read on white, or not a colour, in French', async () => {
    const light = await setColour(adminB, '#ff9900');
    expect(light.status).toBe(422);
    expect(light.body.error.fields.accentColour).toContain('trop claire');
    expect(light.body.error.fields.accentColour).toContain('4,5 pour 1');
    expect((await setColour(adminB, 'bleu')).body.error.fields.accentColour).toContain('hexadécimal');
    expect((await request('/api/admin/organisation/brand', { cookie: adminB })).body.accentColour).toBeNull();
  });

  it('is saved normalised, audited, shown in the session and on the public page, and cleared', async () => {
    const saved = await setColour(adminA, '#8A1C1C');
    expect(saved.status).toBe(200);
    expect(saved.body.accentColour).toBe('#8a1c1c');
    expect((await request('/api/session', { cookie: consultantA })).body.user.organisation.accentColour).toBe(
      '#8a1c1c',
    );
    const slug = `marque-${a.id.slice(0, 8)}`;
    await deps.db
      .updateTable('organisations')
      .set({
        slug,
        public_page_enabled: true,
        nda_number: '11755555555',
        accessibility_contact_name: 'Zoé',
        accessibility_contact_email: 'zoe@exemple.fr',
        commitment_first_answer_days: 5,
      })
      .where('id', '=', a.id)
      .execute();
    const page = await call(app, 'GET', `/api/public/organisations/${slug}`);
    expect(page.body.brand).toMatchObject({ accentColour: '#8a1c1c', logo: { width: 100, height: 100 } });
    expect((await setColour(consultantA, '#000000')).status).toBe(403);
    const cleared = await setColour(adminA, '');
    expect(cleared.body.accentColour).toBeNull();
    expect((await brandEvents(a.id)).filter((e) => e.change === 'colour')).toEqual([
      { change: 'colour', accentColour: '#8a1c1c' },
      { change: 'colour', accentColour: null },
    ]);
  });
});

describe('e-mails of an organisation with a logo', () => {
  it('show the logo inline from an attachment, never a remote address, and stay signed by the organisation', async () => {
    await upload(adminA, samplePng(90, 30));
    await deps.outbox.enqueue(
      deps.db,
      {
        organisationId: a.id,
        kind: 'test',
        to: 'beneficiaire@exemple.fr',
        message: composeEmail({
          subject: 'Votre séance',
          greeting: 'Bonjour,',
          paragraphs: ['Votre séance est confirmée.'],
          signature: teamSignature(a.name),
        }),
      },
      deps.clock.now(),
    );
    const transport = recordingTransport();
    await deliverPendingEmails(deps, transport, deps.clock.now());
    const sent = transport.sent.find((m) => m.to === 'beneficiaire@exemple.fr')!;
    expect(sent.html).toContain(`<img src="cid:logo@organisme" alt="Logo de ${a.name}"`);
    expect(sent.html).not.toMatch(/src="https?:/);
    expect(sent.text).toContain(teamSignature(a.name));
    expect(sent.attachments).toEqual([
      {
        filename: 'logo.png',
        contentType: 'image/png',
        contentBase64: samplePng(90, 30).toString('base64'),
        cid: 'logo@organisme',
      },
    ]);
  });
});
