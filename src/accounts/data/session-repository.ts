/**
 * The auth_sessions table: server-side sessions. The cookie holds a random token, the database
 * its SHA-256.
 */
import type { Trx } from '../../platform/db/kysely.ts';
import type { Deps, Origin } from '../../platform/deps.ts';
import { sessionExpiry } from '../domain/policies.ts';

/** Opens a session for the user; returns the token for the cookie. */
export async function openSession(
  deps: Pick<Deps, 'tokens'>,
  db: Trx,
  userId: string,
  origin: Origin,
  now: Date,
): Promise<string> {
  const { token, hash } = deps.tokens.create();
  await db
    .insertInto('auth_sessions')
    .values({
      id_hash: hash,
      user_id: userId,
      created_at: now,
      last_seen_at: now,
      expires_at: sessionExpiry(now, now),
      ip: origin.ip,
      user_agent: origin.userAgent?.slice(0, 500) ?? null,
    })
    .execute();
  return token;
}

/** Deletes the session of a token; returns its user. */
export async function closeSession(
  deps: Pick<Deps, 'tokens'>,
  db: Trx,
  token: string,
): Promise<string | undefined> {
  const row = await db
    .deleteFrom('auth_sessions')
    .where('id_hash', '=', deps.tokens.hash(token))
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id;
}

export async function closeAllSessions(db: Trx, userId: string): Promise<void> {
  await db.deleteFrom('auth_sessions').where('user_id', '=', userId).execute();
}

/** The session of a token's hash, with its user and organisation. */
export function findSession(db: Trx, hash: Buffer) {
  return db
    .selectFrom('auth_sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .leftJoin('organisation_logos as l', 'l.organisation_id', 'o.id')
    .select([
      's.created_at',
      's.last_seen_at',
      's.expires_at',
      'u.id',
      'u.role',
      'u.email',
      'u.first_name',
      'u.last_name',
      'u.status',
      'u.organisation_id',
      'o.name as organisation_name',
      'o.accent_colour as organisation_accent_colour',
      'l.sha256 as organisation_logo_sha256',
    ])
    .where('s.id_hash', '=', hash)
    .executeTakeFirst();
}

/** Sliding expiry: the session was seen now and lasts until `expiresAt`. */
export async function touchSession(db: Trx, hash: Buffer, now: Date, expiresAt: Date): Promise<void> {
  await db
    .updateTable('auth_sessions')
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where('id_hash', '=', hash)
    .execute();
}

/** Deletes the sessions expired at `now`; returns how many. */
export async function deleteExpiredSessions(db: Trx, now: Date): Promise<number> {
  const result = await db.deleteFrom('auth_sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
