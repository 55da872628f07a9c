/**
 * Server-side sessions: the cookie holds a random token, the database its SHA-256.
 */
import type { Kysely } from 'kysely';
import { sessionExpiry } from '../domain/policies.ts';
import type { Deps, Origin } from '../../platform/deps.ts';
import type { Database } from '../../platform/db/database.ts';

export async function openSession(
  deps: Pick<Deps, 'tokens'>,
  db: Kysely<Database>,
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

export async function closeSession(
  deps: Pick<Deps, 'tokens'>,
  db: Kysely<Database>,
  token: string,
): Promise<string | undefined> {
  const row = await db
    .deleteFrom('auth_sessions')
    .where('id_hash', '=', deps.tokens.hash(token))
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id;
}

export async function closeAllSessions(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('auth_sessions').where('user_id', '=', userId).execute();
}
