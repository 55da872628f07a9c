/**
 * External licensed tests over HTTP (decision 018): a result and its PDF in one multipart request,
 * the PDF served back byte for byte as an attachment, and every refused upload (not a PDF, empty,
 * over 10 MB with or without a Content-Length, wrong type, malformed) answered in French with
 * nothing saved.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import {
  createOrganisation,
  createUser,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { call, loginAs, TEST_ORIGIN, testApp } from '../../../tests/support/http.ts';
import { samplePublisherReport } from '../../../tests/support/sample-pdf.ts';
import { MAX_REPORT_BYTES } from '../contracts/schemas.ts';
import type { App } from '../../app/http.ts';

let deps: TestDeps;
let app: App;
let org: TestOrganisation;
let beneficiary: TestUser;
let bilanId: string;
let consultant = '';
let person = '';

const PDF = samplePublisherReport();
const ENTRY = {
  testName: 'Inventaire d’intérêts',
  publisher: 'Éditions Fictives',
  takenOn: '2026-05-04',
  scores: [
    { label: 'Social', value: '12,5' },
    { label: 'Artistique', value: 9, unit: 'points' },
  ],
};

function form(result: unknown, report?: { bytes: Uint8Array; name: string; type?: string }): FormData {
  const data = new FormData();
  if (result !== undefined) data.append('result', typeof result === 'string' ? result : JSON.stringify(result));
  if (report)
    data.append(
      'report',
      new File([new Uint8Array(report.bytes)], report.name, { type: report.type ?? 'application/pdf' }),
    );
  return data;
}

interface Sent {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON under test
  headers: Headers;
  bytes: Buffer;
}

/**
 * Sends a body as a browser would: FormData is serialised with its Content-Length (or streamed
 * without one, `chunked: true`), other bodies as given.
 */
async function send(
  method: string,
  path: string,
  cookie: string,
  body?: FormData | { bytes: Uint8Array; type: string },
  options: { chunked?: boolean; headers?: Record<string, string> } = {},
): Promise<Sent> {
  const headers: Record<string, string> = {
    cookie,
    'x-forwarded-for': '198.51.100.9',
    'sec-fetch-site': 'same-origin',
    ...(method === 'GET' ? {} : { origin: TEST_ORIGIN }),
    ...options.headers,
  };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) {
    const encoded = new Response(body);
    headers['content-type'] = encoded.headers.get('content-type')!;
    const bytes = new Uint8Array(await encoded.arrayBuffer());
    if (options.chunked) {
      payload = new ReadableStream({
        start(controller) {
          for (let i = 0; i < bytes.length; i += 1 << 20) controller.enqueue(bytes.subarray(i, i + (1 << 20)));
          controller.close();
        },
      });
    } else {
      headers['content-length'] = String(bytes.length);
      payload = bytes;
    }
  } else if (body) {
    headers['content-type'] = body.type;
    payload = new Uint8Array(body.bytes);
  }
  const init: RequestInit & { duplex?: 'half' } = { method, headers, body: payload };
  if (options.chunked) init.duplex = 'half';
  const response = await app.request(path, init);
  const bytes = Buffer.from(await response.arrayBuffer());
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    parsed = undefined;
  }
  return { status: response.status, body: parsed, headers: response.headers, bytes };
}

const stored = () =>
  deps.db
    .selectFrom('external_test_results')
    .select(['id', 'test_name', 'updated_at', 'report_sha256', 'report_size'])
    .where('bilan_id', '=', bilanId)
    .orderBy('created_at')
    .execute();

beforeAll(async () => {
  deps = testDeps('2026-05-06T08:00:00Z');
  app = testApp(deps);
  org = await createOrganisation(deps);
  beneficiary = await createUser(deps, org.id, 'beneficiary', 'http-tests');
  bilanId = (
    await deps.db
      .insertInto('bilans')
      .values({
        organisation_id: org.id,
        beneficiary_id: beneficiary.id,
        consultant_id: org.consultant.id,
        financing: 'opco',
        planned_accompaniment_minutes: 1200,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  consultant = await loginAs(app, org.consultant.email);
  person = await loginAs(app, beneficiary.email);
});

describe('recording a result with its PDF', () => {
  it('accepts the result and a real PDF in one multipart request, and serves the PDF back unchanged', async () => {
    const created = await send(
      'POST',
      `/api/bilans/${bilanId}/external-tests`,
      consultant,
      form(ENTRY, { bytes: PDF, name: 'Rapport intérêts – Bruno.pdf' }),
    );
    expect(created.status).toBe(201);
    const list = await call(app, 'GET', `/api/bilans/${bilanId}/external-tests`, { cookie: person });
    expect(list.status).toBe(200);
    expect(list.body.results).toMatchObject([
      {
        id: created.body.resultId,
        scores: [
          { label: 'Social', value: 12.5, unit: null },
          { label: 'Artistique', value: 9, unit: 'points' },
        ],
        report: { fileName: 'Rapport intérêts – Bruno.pdf', size: PDF.length },
      },
    ]);

    const download = await send('GET', list.body.results[0].report.url, person);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="Rapport interets _ Bruno.pdf"; filename*=UTF-8''${encodeURIComponent('Rapport intérêts – Bruno.pdf')}`,
    );
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.compare(download.bytes, PDF)).toBe(0);
  });

  it('serves a PDF with JavaScript or an HTML/PDF polyglot only as a sandboxed download, never inline (issue 10, finding 10)', async () => {
    // A PDF that runs JavaScript when opened, and a file that is both a PDF and an HTML page.
    const withScript = Buffer.from(
      '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >> endobj\n' +
        '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
        "3 0 obj << /S /JavaScript /JS (app.alert('x')) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
    );
    const polyglot = Buffer.from(
      '%PDF-1.4\n<html><body><script>fetch("/api/auth/session").then(r=>r.text()).then(alert)</script></body></html>\n%%EOF\n',
    );
    for (const [name, bytes] of [
      ['script.pdf', withScript],
      ['polyglot.pdf', polyglot],
    ] as const) {
      const created = await send(
        'POST',
        `/api/bilans/${bilanId}/external-tests`,
        consultant,
        form(ENTRY, { bytes, name }),
      );
      expect(created.status).toBe(201);
      for (const cookie of [consultant, person]) {
        const download = await send('GET', `/api/external-tests/${created.body.resultId}/report`, cookie);
        expect(download.status).toBe(200);
        expect(download.headers.get('content-type')).toBe('application/pdf');
        expect(download.headers.get('content-disposition')).toMatch(/^attachment;/);
        expect(download.headers.get('x-content-type-options')).toBe('nosniff');
        const csp = download.headers.get('content-security-policy') ?? '';
        expect(csp.split(';').map((d) => d.trim())).toEqual(expect.arrayContaining(['sandbox', "default-src 'none'"]));
      }
    }
  });

  it('accepts a result alone as JSON, and a PDF of exactly 10 MB sent without a Content-Length', async () => {
    const created = await call(app, 'POST', `/api/bilans/${bilanId}/external-tests`, {
      cookie: consultant,
      body: { ...ENTRY, scores: [], code: 'SAE' },
    });
    expect(created.status).toBe(201);
    const big = new Uint8Array(MAX_REPORT_BYTES);
    big.set(PDF);
    const attached = await send(
      'POST',
      `/api/external-tests/${created.body.resultId}/report`,
      consultant,
      form(undefined, { bytes: big, name: 'gros.pdf' }),
      { chunked: true },
    );
    expect(attached.status).toBe(200);
    expect(attached.body.report).toMatchObject({ fileName: 'gros.pdf', size: MAX_REPORT_BYTES });
  });
});

describe('refused uploads change nothing', () => {
  it('refuses a text file named .pdf, an empty file, a report sent as text, in French with a 422', async () => {
    const before = await stored();
    const text = new TextEncoder().encode('Compte rendu en texte brut, renommé en .pdf.');
    for (const [report, message] of [
      [
        { bytes: text, name: 'rapport.pdf' },
        'Ce fichier n’est pas un PDF : joignez le rapport au format PDF fourni par l’éditeur.',
      ],
      [
        { bytes: new Uint8Array(), name: 'vide.pdf' },
        'Le fichier est vide : joignez le rapport PDF fourni par l’éditeur.',
      ],
    ] as const) {
      const response = await send('POST', `/api/bilans/${bilanId}/external-tests`, consultant, form(ENTRY, report));
      expect({ status: response.status, report: response.body.error.fields.report }).toEqual({
        status: 422,
        report: message,
      });
    }
    const asText = new FormData();
    asText.append('result', JSON.stringify(ENTRY));
    asText.append('report', '%PDF-1.4');
    expect(
      (await send('POST', `/api/bilans/${bilanId}/external-tests`, consultant, asText)).body.error.fields.report,
    ).toBe('Joignez le rapport comme un fichier PDF.');
    expect(await stored()).toEqual(before);
  });

  it('refuses a file over 10 MB with a French 413, with or without a Content-Length, before reading it into the database', async () => {
    const { body } = await call(app, 'POST', `/api/bilans/${bilanId}/external-tests`, {
      cookie: consultant,
      body: ENTRY,
    });
    const before = await stored();
    const tooLarge = new Uint8Array(MAX_REPORT_BYTES + 300 * 1024);
    tooLarge.set(PDF);
    for (const chunked of [false, true]) {
      for (const path of [`/api/bilans/${bilanId}/external-tests`, `/api/external-tests/${body.resultId}`]) {
        const response = await send('POST', path, consultant, form(ENTRY, { bytes: tooLarge, name: 'enorme.pdf' }), {
          chunked,
        });
        expect({
          status: response.status,
          code: response.body.error.code,
          message: response.body.error.message,
          report: response.body.error.fields.report,
        }).toEqual({
          status: 413,
          code: 'report_too_large',
          message: 'Le rapport dépasse 10 Mo : joignez un PDF de 10 Mo au plus. Rien n’a été enregistré.',
          report: 'Le fichier dépasse 10 Mo : joignez un rapport PDF de 10 Mo au plus.',
        });
      }
    }
    // Just over 10 MB: inside the multipart margin, refused on its bytes by the service.
    const justOver = new Uint8Array(MAX_REPORT_BYTES + 1);
    justOver.set(PDF);
    expect(
      (
        await send(
          'POST',
          `/api/external-tests/${body.resultId}/report`,
          consultant,
          form(undefined, { bytes: justOver, name: 'limite.pdf' }),
        )
      ).status,
    ).toBe(413);
    expect(await stored()).toEqual(before);
  });

  it('refuses a future date, no score and no code, bad JSON, a raw PDF body and a JSON body over 1 MB', async () => {
    const before = await stored();
    const future = await send(
      'POST',
      `/api/bilans/${bilanId}/external-tests`,
      consultant,
      form({ ...ENTRY, takenOn: '2026-05-07' }, { bytes: PDF, name: 'r.pdf' }),
    );
    expect(future).toMatchObject({
      status: 422,
      body: { error: { fields: { takenOn: 'La date de passation ne peut pas être dans le futur.' } } },
    });
    const empty = await call(app, 'POST', `/api/bilans/${bilanId}/external-tests`, {
      cookie: consultant,
      body: { ...ENTRY, scores: [], code: '' },
    });
    expect(empty).toMatchObject({
      status: 422,
      body: { error: { fields: { scores: 'Indiquez au moins un score ou un code.' } } },
    });
    const notNumber = await call(app, 'POST', `/api/bilans/${bilanId}/external-tests`, {
      cookie: consultant,
      body: { ...ENTRY, scores: [{ label: 'A', value: 'beaucoup' }] },
    });
    expect(notNumber.body.error.fields['scores.0.value']).toBe('Indiquez un nombre, par exemple 12 ou 12,5.');
    expect(
      (
        await send(
          'POST',
          `/api/bilans/${bilanId}/external-tests`,
          consultant,
          form('{pas du json', { bytes: PDF, name: 'r.pdf' }),
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await send(
          'POST',
          `/api/bilans/${bilanId}/external-tests`,
          consultant,
          form(undefined, { bytes: PDF, name: 'r.pdf' }),
        )
      ).body.error.message,
    ).toBe('La partie « result » (le résultat en JSON) manque à la requête.');
    const rawPdf = await send('POST', `/api/bilans/${bilanId}/external-tests`, consultant, {
      bytes: PDF,
      type: 'application/pdf',
    });
    expect(rawPdf).toMatchObject({ status: 415, body: { error: { code: 'unsupported_media_type' } } });
    const malformed = await send('POST', `/api/bilans/${bilanId}/external-tests`, consultant, {
      bytes: new TextEncoder().encode('--x\r\nrien'),
      type: 'multipart/form-data; boundary=x',
    });
    expect(malformed).toMatchObject({ status: 400, body: { error: { code: 'malformed_upload' } } });
    const hugeJson = await call(app, 'POST', `/api/bilans/${bilanId}/external-tests`, {
      cookie: consultant,
      raw: JSON.stringify({ ...ENTRY, consultantComment: 'x'.repeat(1_100_000) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(hugeJson).toMatchObject({ status: 413, body: { error: { code: 'payload_too_large' } } });
    expect(await stored()).toEqual(before);
  });

  it('refuses the beneficiary’s upload and a stranger’s before reading the file', async () => {
    const before = await stored();
    const asBeneficiary = await send(
      'POST',
      `/api/bilans/${bilanId}/external-tests`,
      person,
      form(ENTRY, { bytes: PDF, name: 'r.pdf' }),
    );
    expect(asBeneficiary.status).toBe(403);
    const anonymous = await send(
      'POST',
      `/api/bilans/${bilanId}/external-tests`,
      '',
      form(ENTRY, { bytes: PDF, name: 'r.pdf' }),
    );
    expect(anonymous).toMatchObject({ status: 401, body: { error: { code: 'unauthenticated' } } });
    expect(await stored()).toEqual(before);
  });

  it('refuses, in French, an upload from a sibling site or another origin, with the consultant’s cookie (issue 10)', async () => {
    const before = await stored();
    const path = `/api/bilans/${bilanId}/external-tests`;
    const attempts: Record<string, string>[] = [
      { 'sec-fetch-site': 'same-site' },
      { 'sec-fetch-site': 'same-site', origin: 'http://autre.localhost:3000' },
      { origin: 'http://evil.example' },
    ];
    for (const headers of attempts) {
      const response = await send('POST', path, consultant, form(ENTRY, { bytes: PDF, name: 'r.pdf' }), { headers });
      expect(response).toMatchObject({ status: 403, body: { error: { code: 'foreign_origin' } } });
      expect(response.body.error.message).toMatch(/refusée/);
    }
    expect(await stored()).toEqual(before);
  });
});

describe('correcting and deleting', () => {
  it('replaces the PDF with the fields in one request, then deletes the result', async () => {
    const created = await send(
      'POST',
      `/api/bilans/${bilanId}/external-tests`,
      consultant,
      form(ENTRY, { bytes: PDF, name: 'premier.pdf' }),
    );
    const second = samplePublisherReport('Second rapport');
    const updated = await send(
      'POST',
      `/api/external-tests/${created.body.resultId}`,
      consultant,
      form({ ...ENTRY, testName: 'Nom corrigé' }, { bytes: second, name: 'second.pdf' }),
    );
    expect(updated.status).toBe(204);
    const download = await send('GET', `/api/external-tests/${created.body.resultId}/report`, person);
    expect(Buffer.compare(download.bytes, second)).toBe(0);
    expect(
      (await call(app, 'POST', `/api/external-tests/${created.body.resultId}/delete`, { cookie: person })).status,
    ).toBe(403);
    expect(
      (await call(app, 'POST', `/api/external-tests/${created.body.resultId}/delete`, { cookie: consultant })).status,
    ).toBe(204);
    expect((await send('GET', `/api/external-tests/${created.body.resultId}/report`, person)).status).toBe(404);
  });
});
