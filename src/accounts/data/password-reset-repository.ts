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
