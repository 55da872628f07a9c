/**
 * In-process HTTP for tests: the real Hono app, called with app.request (no socket).
 */
import { createApp, type App } from '../../src/app/http.ts';
import type { TestDeps } from './deps.ts';
import { PASSWORD } from './factories.ts';

export interface TestResponse {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON under test
  text: string;
  headers: Headers;
}

export interface RequestOptions {
  body?: unknown;
  raw?: string;
  cookie?: string | undefined;
  headers?: Record<string, string>;
  ip?: string;
}

/** The origin of the test deps' PUBLIC_URL (tests/support/deps.ts). */
export const TEST_ORIGIN = 'http://localhost:3000';

export function testApp(deps: TestDeps): App {
  return createApp(deps, { trustProxy: true, secureCookies: false });
}

export async function call(
  app: App,
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<TestResponse> {
  // What a browser sends from a page of the app (PUBLIC_URL of the test deps): writes carry
  // their Origin and Sec-Fetch-Site, which the CSRF check requires.
  const headers: Record<string, string> = {
    'x-forwarded-for': options.ip ?? '198.51.100.7',
    'sec-fetch-site': 'same-origin',
    ...(method !== 'GET' && method !== 'HEAD' ? { origin: TEST_ORIGIN } : {}),
    ...options.headers,
  };
  if (options.cookie) headers.cookie = options.cookie;
  let body: string | undefined;
  if (options.raw !== undefined) body = options.raw;
  else if (options.body !== undefined || (method !== 'GET' && method !== 'HEAD')) {
    body = JSON.stringify(options.body ?? {});
    headers['content-type'] ??= 'application/json';
  }
  const response = await app.request(path, { method, headers, body });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: response.status, body: parsed, text, headers: response.headers };
}

/** The session cookie ("name=value") set by a response. */
export function sessionCookie(response: TestResponse): string {
  const setCookie = response.headers.get('set-cookie') ?? '';
  const match = /(sillage_session=[^;]+)/.exec(setCookie);
  if (!match?.[1]) throw new Error(`No session cookie in: ${setCookie}`);
  return match[1];
}

export async function loginAs(app: App, email: string, password = PASSWORD): Promise<string> {
  const response = await call(app, 'POST', '/api/auth/login', {
    body: { email, password },
    ip: `203.0.113.${Math.floor(Math.random() * 250)}`,
  });
  if (response.status !== 200) throw new Error(`Login failed for ${email}: ${response.status} ${response.text}`);
  return sessionCookie(response);
}
