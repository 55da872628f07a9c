import { beforeAll, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../tests/support/deps.ts';
import { createOrganisation, PASSWORD, type TestOrganisation } from '../../tests/support/factories.ts';
import { call, loginAs, testApp } from '../../tests/support/http.ts';
import type { App } from './http.ts';
import { createDb } from '../platform/db/kysely.ts';

let deps: TestDeps;
let app: App;
let org: TestOrganisation;

beforeAll(async () => {
  deps = testDeps();
  app = testApp(deps);
  org = await createOrganisation(deps);
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON under test
function expectFrenchError(response: { status: number; body: any; text: string }, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.body.error.code).toBe(code);
  expect(response.body.error.message).toMatch(/[a-zàâçéèêëîïôûùüÿœ]/i);
  // Never a stack trace or SQL.
  expect(response.text).not.toMatch(/at .*\.ts:\d+|SELECT |INSERT |node_modules|Error:/);
}

describe('the API edge', () => {
  it('answers an unknown API route with a French 404 in JSON', async () => {
    const response = await call(app, 'GET', '/api/nimporte-quoi');
    expectFrenchError(response, 404, 'not_found');
  });

  it('refuses malformed JSON with a 400 and changes nothing', async () => {
    const response = await call(app, 'POST', '/api/auth/login', {
      raw: '{"email": "x@y.fr", ',
      headers: { 'content-type': 'application/json' },
    });
    expectFrenchError(response, 400, 'malformed_json');
  });

  it('refuses a body that is not JSON with a 415', async () => {
    const response = await call(app, 'POST', '/api/auth/login', {
      raw: 'email=x@y.fr',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expectFrenchError(response, 415, 'unsupported_media_type');
  });

  it('refuses a body over 1 MB with a 413', async () => {
    const cookie = await loginAs(app, org.admin.email);
    const huge = JSON.stringify({ firstName: 'a'.repeat(1024 * 1024), lastName: 'b', email: 'big@exemple.fr' });
    const response = await call(app, 'POST', '/api/admin/consultants', {
      raw: huge,
      cookie,
      headers: { 'content-type': 'application/json' },
    });
    expectFrenchError(response, 413, 'payload_too_large');
    expect(await deps.db.selectFrom('users').select('id').where('email', '=', 'big@exemple.fr').execute()).toHaveLength(
      0,
    );
  });

  it('names each invalid field in French (422)', async () => {
    const cookie = await loginAs(app, org.consultant.email);
    const response = await call(app, 'POST', '/api/bilans', {
      cookie,
      body: {
        beneficiary: { firstName: '', lastName: 'x'.repeat(101), email: 'pas-une-adresse' },
        financing: 'loterie',
        plannedHours: 'beaucoup',
      },
    });
    expectFrenchError(response, 422, 'validation_failed');
    expect(response.body.error.fields).toEqual({
      'beneficiary.firstName': 'Indiquez le prénom.',
      'beneficiary.lastName': 'Le nom ne doit pas dépasser 100 caractères.',
      'beneficiary.email': 'Indiquez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.',
      financing: 'Choisissez un mode de financement.',
      plannedHours: 'Indiquez un nombre d’heures, par exemple 24 ou 18,5.',
    });
  });

  it('accepts French hour formats', async () => {
    const cookie = await loginAs(app, org.consultant.email);
    for (const [plannedHours, minutes, email] of [
      ['18,5', 1110, 'h1@exemple.fr'],
      ['16 h 30', 990, 'h2@exemple.fr'],
      ['20', 1200, 'h3@exemple.fr'],
    ] as const) {
      const response = await call(app, 'POST', '/api/bilans', {
        cookie,
        body: { beneficiary: { firstName: 'Jo', lastName: 'Lo', email }, financing: 'self_funded', plannedHours },
      });
      expect(response.status).toBe(201);
      const bilan = await deps.db
        .selectFrom('bilans')
        .select('planned_accompaniment_minutes')
        .where('id', '=', response.body.bilanId)
        .executeTakeFirstOrThrow();
      expect(bilan.planned_accompaniment_minutes).toBe(minutes);
    }
  });

  it('answers a route id that is not a uuid with a 404, not a 500', async () => {
    const cookie = await loginAs(app, org.consultant.email);
    expectFrenchError(await call(app, 'GET', "/api/bilans/1' OR '1'='1", { cookie }), 404, 'not_found');
    expectFrenchError(
      await call(app, 'POST', '/api/invitations/abc/revoke', { cookie: await loginAs(app, org.admin.email) }),
      404,
      'not_found',
    );
    expectFrenchError(await call(app, 'GET', '/api/invitations/%00%00'), 404, 'invitation_invalid');
  });

  it('sets an HttpOnly, SameSite=Lax session cookie and security headers', async () => {
    const response = await call(app, 'POST', '/api/auth/login', {
      body: { email: org.admin.email, password: PASSWORD },
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/sillage_session=[A-Za-z0-9_-]{43}/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
  });

  it('refuses cross-site writes', async () => {
    const cookie = await loginAs(app, org.admin.email);
    const response = await call(app, 'POST', '/api/admin/consultants', {
      cookie,
      headers: { 'sec-fetch-site': 'cross-site' },
      body: { firstName: 'A', lastName: 'B', email: 'csrf@exemple.fr' },
    });
    expectFrenchError(response, 403, 'foreign_origin');
  });

  it('lets any tool or site call the public, stateless job suggestions, and only them (decision 040)', async () => {
    const callers: Record<string, string>[] = [
      {},
      { origin: 'http://autre-outil.example', 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of callers) {
      const response = await app.request('/api/catalog/suggestions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ skills: ['100000'] }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ results: [] });
    }
    // The exemption is the path and the method, not the prefix: sign-in from another site stays refused.
    const foreign = await app.request('/api/catalog/suggestions/', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
      body: JSON.stringify({ skills: [] }),
    });
    expect(foreign.status).toBe(403);
    const signIn = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
      body: JSON.stringify({ email: org.admin.email, password: 'x' }),
    });
    expect(signIn.status).toBe(403);
  });

  it('refuses a write whose Origin or Referer is not PUBLIC_URL, with a valid cookie, and changes nothing (issue 10)', async () => {
    const cookie = await loginAs(app, org.admin.email);
    const users = () => deps.db.selectFrom('users').select('id').where('email', 'like', 'csrf-%').execute();
    const refusals: Record<string, string>[] = [
      { origin: 'http://evil.example' }, // no Sec-Fetch-Site: an older browser, or a forged request
      { origin: 'http://evil.example', 'sec-fetch-site': 'same-origin' },
      { origin: 'null' },
      { origin: 'http://localhost:3000', 'sec-fetch-site': 'same-site' },
    ];
    for (const [i, headers] of refusals.entries()) {
      const response = await call(app, 'POST', '/api/admin/consultants', {
        cookie,
        headers,
        body: { firstName: 'A', lastName: 'B', email: `csrf-${i}@exemple.fr` },
      });
      expectFrenchError(response, 403, 'foreign_origin');
    }
    // Without Origin: a foreign Referer, or neither header.
    for (const [i, referer] of ['http://evil.example/piege', undefined].entries()) {
      const response = await app.request('/api/admin/consultants', {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', ...(referer ? { referer } : {}) },
        body: JSON.stringify({ firstName: 'A', lastName: 'B', email: `csrf-r${i}@exemple.fr` }),
      });
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('foreign_origin');
    }
    expect(await users()).toEqual([]);
    // The same write from a page of the app goes through.
    const accepted = await call(app, 'POST', '/api/admin/consultants', {
      cookie,
      body: { firstName: 'A', lastName: 'B', email: 'csrf-ok@exemple.fr' },
    });
    expect(accepted.status).toBeLessThan(300);
    expect(await users()).toHaveLength(1);
  });

  it('behind the trusted proxy, keeps the address it saw, not a forged leftmost X-Forwarded-For (issue 10)', async () => {
    // The client forges "192.0.2.66"; the one proxy in front (TRUSTED_PROXIES=1) appends the real peer.
    // (Forged addresses outside 203.0.113.0/24, where loginAs picks its addresses at random.)
    const forwardedFor = '192.0.2.66, 198.51.100.61';
    const login = await call(app, 'POST', '/api/auth/login', {
      body: { email: org.admin.email, password: PASSWORD },
      headers: { 'x-forwarded-for': forwardedFor },
    });
    expect(login.status).toBe(200);
    const sessions = await deps.db
      .selectFrom('auth_sessions')
      .select('ip')
      .where('user_id', '=', org.admin.id)
      .where('ip', 'in', ['192.0.2.66', '198.51.100.61'])
      .execute();
    expect(sessions.map((s) => s.ip)).toEqual(['198.51.100.61']);
    // Per-address throttling counts the failure against the real address.
    const failed = await call(app, 'POST', '/api/auth/login', {
      body: { email: org.admin.email, password: 'pas le bon mot de passe' },
      headers: { 'x-forwarded-for': '192.0.2.67, 198.51.100.62' },
    });
    expect(failed.status).toBe(401);
    const keys = (await deps.db.selectFrom('login_throttle').select('key').execute()).map((r) => r.key);
    expect(keys.filter((k) => k.includes('198.51.100.62')).length).toBeGreaterThan(0);
    expect(
      keys.filter((k) => k.includes('192.0.2.67')),
      `throttle keys: ${keys.join(' | ')}`,
    ).toEqual([]);
  });

  it('turns an unexpected failure into a French 500 without details, and logs it', async () => {
    const logged: unknown[] = [];
    const broken = testDeps();
    broken.log = {
      ...broken.log,
      error: (o: unknown) => logged.push(o),
      info: () => undefined,
      debug: () => undefined,
    } as never;
    // A real failure: the database named here does not exist on the server.
    const url = new URL(process.env.SILLAGE_TEST_DATABASE_URL!);
    url.pathname = '/sillage_base_absente';
    broken.db = createDb({ connectionString: url.toString(), max: 1, onIdleError: () => undefined });
    const response = await call(testApp(broken), 'GET', '/api/setup');
    expectFrenchError(response, 500, 'internal');
    expect(response.text).not.toContain('sillage_base_absente');
    expect(logged).toHaveLength(1);
    await broken.db.destroy();
  });
});
