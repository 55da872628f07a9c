/**
 * The session cookie: HttpOnly, SameSite=Lax, Secure (and __Host- prefixed) over HTTPS.
 */
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SESSION_ABSOLUTE_TIMEOUT_MS } from '../../accounts/domain/policies.ts';
import type { Ctx } from './context.ts';

function cookieName(c: Ctx): string {
  return c.get('options').secureCookies ? '__Host-sillage_session' : 'sillage_session';
}

export function readSessionCookie(c: Ctx): string | undefined {
  return getCookie(c, cookieName(c));
}

export function writeSessionCookie(c: Ctx, token: string): void {
  setCookie(c, cookieName(c), token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.get('options').secureCookies,
    path: '/',
    maxAge: Math.floor(SESSION_ABSOLUTE_TIMEOUT_MS / 1000),
  });
}

export function clearSessionCookie(c: Ctx): void {
  deleteCookie(c, cookieName(c), { path: '/', secure: c.get('options').secureCookies });
}
