/**
 * Cross-site request forgery (issue 10): a request that changes state must come from a page of
 * Sillage itself. On top of the SameSite=Lax session cookie, it must carry `Origin` (or, failing
 * that, `Referer`) equal to PUBLIC_URL's origin, and `Sec-Fetch-Site`, when the browser sends it,
 * must say `same-origin`. Every current browser sends `Origin` on such requests (the app's
 * `Referrer-Policy: same-origin` keeps it from being `null`), so a request without either is
 * refused too: programs that call the API must send `Origin` as a browser would.
 */

/** Methods that cannot change state. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The origin (`scheme://host[:port]`) of an absolute URL, or undefined. */
export function originOf(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const origin = new URL(url).origin;
  return origin === 'null' ? undefined : origin;
}

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The origins a write may come from: PUBLIC_URL's; when that is a loopback address (a trial on
 * one's own machine, the default `http://localhost:3000`), the other loopback names of the same
 * port too, which only this machine can serve.
 */
export function allowedOrigins(publicUrl: string): ReadonlySet<string> {
  const origin = originOf(publicUrl) ?? publicUrl;
  if (!URL.canParse(origin)) return new Set([origin]);
  const url = new URL(origin);
  if (!LOOPBACK_HOSTS.includes(url.hostname)) return new Set([origin]);
  return new Set(LOOPBACK_HOSTS.map((host) => `${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`));
}

/**
 * Whether a request may go on: safe methods always; others only from one of `origins`.
 * `header` reads a request header by its lower-case name.
 */
export function isSameOriginRequest(
  method: string,
  header: (name: string) => string | undefined,
  origins: ReadonlySet<string>,
): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  const site = header('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin') return false;
  const origin = header('origin');
  if (origin !== undefined) return origins.has(origin);
  const referer = header('referer');
  if (referer !== undefined) return origins.has(originOf(referer) ?? '');
  return false;
}
