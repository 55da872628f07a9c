/**
 * The password_resets table: single-use reset links (stored as the SHA-256 of their token).
 */
import type { Trx } from '../../platform/db/kysely.ts';

/** How many reset links the user was sent since `since`. */
export async function countPasswordResetsSince(db: Trx, userId: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('password_resets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Marks the user's unused links as used: only the newest one works. */
export async function spendOpenPasswordResets(db: Trx, userId: string, now: Date): Promise<void> {
  await db
    .updateTable('password_resets')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}

export async function insertPasswordReset(
  db: Trx,
  input: { userId: string; tokenHash: Buffer; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('password_resets')
    .values({
      user_id: input.userId,
      token_hash: input.tokenHash,
      created_at: input.createdAt,
      expires_at: input.expiresAt,
    })
    .execute();
}

/** The reset link of a token's hash with its user and organisation, locked for the transaction. */
export function lockPasswordResetByToken(db: Trx, tokenHash: Buffer) {
  return db
    .selectFrom('password_resets as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([
      'r.id',
      'r.expires_at',
      'r.used_at',
      'u.id as user_id',
      'u.email',
      'u.role',
      'u.first_name',
      'u.last_name',
      'u.status',
      'u.organisation_id',
      'o.name as organisation_name',
    ])
    .where('r.token_hash', '=', tokenHash)
    .forUpdate('r')
    .executeTakeFirst();
}

export async function markPasswordResetUsed(db: Trx, resetId: string, now: Date): Promise<void> {
  await db.updateTable('password_resets').set({ used_at: now }).where('id', '=', resetId).execute();
}

/** Deletes the links expired or used before `before`; returns how many. */
export async function purgePasswordResets(db: Trx, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('password_resets')
    .where((eb) => eb.or([eb('expires_at', '<=', before), eb('used_at', '<=', before)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Records a request for the deferred step: the same single insert whether or not the address has an account. */
export async function recordPasswordResetRequest(
  db: Trx,
  input: { email: string; ip: string | null; userAgent: string | null; requestedAt: Date },
): Promise<void> {
  await db
    .insertInto('password_reset_requests')
    .values({ email: input.email, ip: input.ip, user_agent: input.userAgent, requested_at: input.requestedAt })
    .execute();
}

/**
 * Takes up to `limit` waiting requests, oldest first, and deletes them in the transaction; rows
 * another process is taking are skipped, so each request is handled once.
 */
export async function takePasswordResetRequests(
  db: Trx,
  limit: number,
): Promise<{ email: string; ip: string | null; user_agent: string | null; requested_at: Date }[]> {
  const rows = await db
    .selectFrom('password_reset_requests')
    .selectAll()
    .orderBy('requested_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
  if (rows.length > 0) {
    await db
      .deleteFrom('password_reset_requests')
      .where(
        'id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
  }
  return rows;
}
