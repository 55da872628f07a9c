/**
 * Sign in with e-mail and password. An unknown e-mail gets the same answer, in the same time, as
 * a wrong password. Failures are counted per account and per IP; past the limit the key is
 * blocked for a while and the person is told how long to wait.
 */
import type { Kysely } from 'kysely';
import { decoyHash } from '../../platform/security/password-hasher.ts';
import {
  ACCOUNT_THROTTLE,
  IP_THROTTLE,
  afterFailure,
  blockedMinutesLeft,
  type ThrottleRule,
  type ThrottleState,
} from '../domain/policies.ts';
import type { LoginInput, SessionUser } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuditContext, Deps, Origin } from '../../platform/deps.ts';
import { openSession } from './sessions.ts';
import type { Database } from '../../platform/db/database.ts';

const accountKey = (email: string) => `account:${email}`;
const ipKey = (ip: string | null) => `ip:${ip ?? 'inconnue'}`;

async function readThrottle(db: Kysely<Database>, key: string, lock: boolean): Promise<ThrottleState | undefined> {
  let query = db.selectFrom('login_throttle').selectAll().where('key', '=', key);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row && { failures: row.failures, windowStartedAt: row.window_started_at, blockedUntil: row.blocked_until };
}

async function countFailure(db: Kysely<Database>, key: string, rule: ThrottleRule, now: Date): Promise<void> {
  const next = afterFailure(await readThrottle(db, key, true), rule, now);
  await db
    .insertInto('login_throttle')
    .values({ key, failures: next.failures, window_started_at: next.windowStartedAt, blocked_until: next.blockedUntil })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: next.failures,
        window_started_at: next.windowStartedAt,
        blocked_until: next.blockedUntil,
      }),
    )
    .execute();
}

function throttled(minutes: number): AppError {
  const wait = minutes <= 1 ? 'une minute' : `${minutes} minutes`;
  return new AppError('login_throttled', {
    message: `Trop de tentatives de connexion. Par sécurité, la connexion est suspendue : réessayez dans ${wait}.`,
    details: { retryAfterMinutes: minutes },
  });
}

export async function login(
  deps: Deps,
  origin: Origin,
  input: LoginInput,
): Promise<{ token: string; user: SessionUser }> {
  const now = deps.clock.now();
  const user = await deps.db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([
      'u.id',
      'u.role',
      'u.email',
      'u.first_name',
      'u.last_name',
      'u.status',
      'u.password_hash',
      'u.organisation_id',
      'o.name as organisation_name',
    ])
    .where('u.email', '=', input.email)
    .executeTakeFirst();
  const context: AuditContext = {
    organisationId: user?.organisation_id ?? null,
    userId: null,
    role: null,
    ...origin,
  };

  const [account, ip] = await Promise.all([
    readThrottle(deps.db, accountKey(input.email), false),
    readThrottle(deps.db, ipKey(origin.ip), false),
  ]);
  const blocked = Math.max(blockedMinutesLeft(account, now), blockedMinutesLeft(ip, now));
  if (blocked > 0) {
    await deps.audit.record(
      deps.db,
      context,
      {
        action: 'auth.login_blocked',
        subjectType: user ? 'user' : null,
        subjectId: user?.id ?? null,
        details: { scope: blockedMinutesLeft(account, now) > 0 ? 'account' : 'ip' },
      },
      now,
    );
    throw throttled(blocked);
  }

  // Always run one argon2 verification, so timing does not reveal whether the account exists.
  const hash = user?.status === 'active' && user.password_hash ? user.password_hash : await decoyHash(deps.hasher);
  const passwordOk = await deps.hasher.verify(hash, input.password);

  if (!user || user.status !== 'active' || !passwordOk) {
    const reason = !user ? 'unknown_account' : user.status !== 'active' ? 'inactive_account' : 'wrong_password';
    await deps.db.transaction().execute(async (trx) => {
      await countFailure(trx, accountKey(input.email), ACCOUNT_THROTTLE, now);
      await countFailure(trx, ipKey(origin.ip), IP_THROTTLE, now);
      await deps.audit.record(
        trx,
        context,
        {
          action: 'auth.login_failed',
          subjectType: user ? 'user' : null,
          subjectId: user?.id ?? null,
          details: { reason },
        },
        now,
      );
    });
    deps.log.info({ reason, ip: origin.ip }, 'Échec de connexion');
    throw new AppError('invalid_credentials');
  }

  const token = await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('login_throttle').where('key', '=', accountKey(input.email)).execute();
    await deps.audit.record(
      trx,
      { ...context, userId: user.id, role: user.role },
      { action: 'auth.login_succeeded', subjectType: 'user', subjectId: user.id, details: {} },
      now,
    );
    return openSession(deps, trx, user.id, origin, now);
  });
  return {
    token,
    user: {
      id: user.id,
      role: user.role,
      firstName: user.first_name,
      lastName: user.last_name,
      email: user.email,
      organisation: { id: user.organisation_id, name: user.organisation_name },
    },
  };
}
