/**
 * Sign in with e-mail and password. An unknown e-mail gets the same answer, in the same time, as
 * a wrong password. Failures are counted per account and per IP; past the limit the key is
 * blocked for a while and the person is told how long to wait.
 */
import { decoyHash } from '../../platform/security/password-hasher.ts';
import {
  ACCOUNT_THROTTLE,
  IP_THROTTLE,
  afterFailure,
  blockedMinutesLeft,
  type ThrottleRule,
} from '../domain/policies.ts';
import type { LoginInput, SessionUser } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuditContext, Deps, Origin } from '../../platform/deps.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { openSession } from '../data/session-repository.ts';
import { findLoginAccount } from '../data/user-repository.ts';
import { clearThrottle, readThrottle, writeThrottle } from '../data/login-throttle-repository.ts';

const accountKey = (email: string) => `account:${email}`;
const ipKey = (ip: string | null) => `ip:${ip ?? 'inconnue'}`;

async function countFailure(db: Trx, key: string, rule: ThrottleRule, now: Date): Promise<void> {
  await writeThrottle(db, key, afterFailure(await readThrottle(db, key, true), rule, now));
}

function throttled(minutes: number): AppError {
  const wait = minutes <= 1 ? 'une minute' : `${minutes} minutes`;
  return new AppError('login_throttled', {
    message: `Trop de tentatives de connexion. Par sécurité, la connexion est suspendue : réessayez dans ${wait}.`,
    details: { retryAfterMinutes: minutes },
  });
}

export async function logIn(
  deps: Deps,
  origin: Origin,
  input: LoginInput,
): Promise<{ token: string; user: SessionUser }> {
  const now = deps.clock.now();
  const user = await findLoginAccount(deps.db, input.email);
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
    await clearThrottle(trx, accountKey(input.email));
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
