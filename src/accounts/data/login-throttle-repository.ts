/**
 * The login_throttle table: failure counters per key (`account:<e-mail>`, `ip:<address>`…) and
 * how long each key is blocked.
 */
import type { Trx } from '../../platform/db/kysely.ts';
import type { ThrottleState } from '../domain/policies.ts';

/** The counter of a key; `lock` locks its row for the transaction. */
export async function readThrottle(db: Trx, key: string, lock: boolean): Promise<ThrottleState | undefined> {
  let query = db.selectFrom('login_throttle').selectAll().where('key', '=', key);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row && { failures: row.failures, windowStartedAt: row.window_started_at, blockedUntil: row.blocked_until };
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
