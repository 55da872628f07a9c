/**
 * What the HTTP layer carries per request: the services' dependencies, the request's origin and,
 * once signed in, the actor.
 */
import type { Context } from 'hono';
import type { SessionUser } from '../../accounts/contracts/schemas.ts';
import type { Actor, Deps, Origin } from '../deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { TrustedProxies } from './origin.ts';

export interface HttpOptions {
  /** Trust X-Forwarded-For (behind a reverse proxy). */
  trustProxy: boolean;
  /** Which proxies are trusted when `trustProxy` (TRUSTED_PROXIES); one hop when omitted. */
  trustedProxies?: TrustedProxies;
  /** Secure cookies (the app is served over HTTPS). */
  secureCookies: boolean;
}

export type Env = {
  Variables: {
    deps: Deps;
    options: HttpOptions;
    origin: Origin;
    /** The signed-in person, resolved from the session cookie (`accounts`), if any. */
    session: { actor: Actor; user: SessionUser } | undefined;
    sessionToken: string | undefined;
  };
};

export type Ctx = Context<Env>;

/** The signed-in actor, or a 401 for the client to send the person to the login page. */
export function actorOf(c: Ctx): Actor {
  const session = c.get('session');
  if (!session) throw new AppError('unauthenticated');
  return session.actor;
}
