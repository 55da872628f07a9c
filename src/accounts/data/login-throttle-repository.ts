/**
 * The login_throttle table: failure counters per key (`account:<e-mail>`, `account-ip:<e-mail> <address>`, `ip:<address>`, `contact:<address>`) and
 * how long each key is blocked.
 */
import { sql } from 'kysely';
import type { Trx } from '../../platform/db/kysely.ts';
import type { ThrottleState } from '../domain/policies.ts';

/** The counter of a key; `lock` locks its row for the transaction. */
export async function readThrottle(db: Trx, key: string, lock: boolean): Promise<ThrottleState | undefined> {
  let query = db.selectFrom('login_throttle').selectAll().where('key', '=', key);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row && { failures: row.failures, windowStartedAt: row.window_started_at, blockedUntil: row.blocked_until };
}

/**
 * Locks the counters of `keys` for the transaction, creating the missing ones (no failures yet),
 * in key order so that concurrent attempts queue up instead of deadlocking; returns their states.
 */
export async function lockThrottles(db: Trx, keys: string[], now: Date): Promise<Map<string, ThrottleState>> {
  const sorted = [...new Set(keys)].sort();
  await db
    .insertInto('login_throttle')
    .values(sorted.map((key) => ({ key, failures: 0, window_started_at: now, blocked_until: null })))
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const rows = await db
    .selectFrom('login_throttle')
    .selectAll()
    .where('key', 'in', sorted)
    .orderBy('key')
    .forUpdate()
    .execute();
  return new Map(
    rows.map((row) => [
      row.key,
      { failures: row.failures, windowStartedAt: row.window_started_at, blockedUntil: row.blocked_until },
    ]),
  );
}

/** Gives back one counted attempt (a successful sign-in), without lifting a wait. */
export async function refundAttempt(db: Trx, key: string): Promise<void> {
  await db
    .updateTable('login_throttle')
    .set((eb) => ({ failures: sql<number>`greatest(${eb.ref('failures')} - 1, 0)` }))
    .where('key', '=', key)
    .execute();
}

export async function writeThrottle(db: Trx, key: string, state: ThrottleState): Promise<void> {
  await db
    .insertInto('login_throttle')
    .values({
      key,
      failures: state.failures,
      window_started_at: state.windowStartedAt,
      blocked_until: state.blockedUntil,
    })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: state.failures,
        window_started_at: state.windowStartedAt,
        blocked_until: state.blockedUntil,
      }),
    )
    .execute();
}

export async function clearThrottle(db: Trx, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}

/** Deletes the counters whose window started before `windowBefore` and that no longer block; returns how many. */
export async function purgeThrottles(db: Trx, windowBefore: Date, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('login_throttle')
    .where('window_started_at', '<=', windowBefore)
    .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<=', now)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
