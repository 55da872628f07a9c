/**
 * Turns a session cookie into the signed-in actor, or undefined. On every authenticated request:
 * served from the session cache when it is on (dropped at once when the session ends or the
 * account changes, via the database's notifications), else one indexed query; it writes only
 * every few minutes (sliding expiry).
 */
import { logoUrl } from '../../organisation/contracts/brand.ts';
import { sessionExpiry, sessionNeedsTouch } from '../domain/policies.ts';
import type { SessionUser } from '../contracts/schemas.ts';
import type { CachedSession } from '../../platform/cache/caches.ts';
import type { Actor, Deps, Origin } from '../../platform/deps.ts';
import { findSession, touchSession } from '../data/session-repository.ts';

export interface ResolvedSession {
  actor: Actor;
  user: SessionUser;
}

function toResolved(session: CachedSession, origin: Origin): ResolvedSession {
  const { user } = session;
  return {
    actor: {
      userId: user.id,
      organisationId: user.organisation.id,
      role: user.role,
      firstName: user.firstName,
      lastName: user.lastName,
      ip: origin.ip,
      userAgent: origin.userAgent,
    },
    user,
  };
}

async function touch(deps: Deps, hash: Buffer, session: CachedSession, now: Date): Promise<void> {
  if (!sessionNeedsTouch(session.lastSeenAt, now)) return;
  const expiresAt = sessionExpiry(session.createdAt, now);
  await touchSession(deps.db, hash, now, expiresAt);
  session.lastSeenAt = now;
  session.expiresAt = expiresAt;
}

export async function resolveSession(
  deps: Deps,
  token: string | undefined,
  origin: Origin,
): Promise<ResolvedSession | undefined> {
  if (!token || token.length > 200) return undefined;
  const now = deps.clock.now();
  const hash = deps.tokens.hash(token);
  const key = hash.toString('hex');
  const cached = deps.caches.sessions.get(key, now.getTime());
  if (cached) {
    if (cached.expiresAt.getTime() <= now.getTime()) return undefined;
    await touch(deps, hash, cached, now);
    return toResolved(cached, origin);
  }

  const stamp = deps.caches.sessions.stampAll();
  const row = await findSession(deps.db, hash);
  if (!row || row.status !== 'active' || row.expires_at.getTime() <= now.getTime()) return undefined;
  const session: CachedSession = {
    user: {
      id: row.id,
      role: row.role,
      firstName: row.first_name,
      lastName: row.last_name,
      email: row.email,
      organisation: {
        id: row.organisation_id,
        name: row.organisation_name,
        logoUrl: row.organisation_logo_sha256 ? logoUrl(row.organisation_id, row.organisation_logo_sha256) : null,
        accentColour: row.organisation_accent_colour,
      },
    },
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
  };
  await touch(deps, hash, session, now);
  deps.caches.sessions.set(
    key,
    session,
    [`session:${key}`, `user:${row.id}`, `org:${row.organisation_id}`],
    stamp,
    session.expiresAt.getTime(),
    now.getTime(),
  );
  return toResolved(session, origin);
}
