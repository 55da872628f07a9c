/**
 * Sign in with e-mail and password. An unknown e-mail gets the same answer, in the same time, as
 * a wrong password. Each attempt is counted before the password is checked, in one locked step,
 * per account and address, per account and per address (decision 023): past a few free attempts
 * each key waits longer and longer, and the person is told how long to wait.
 */
import { decoyHash } from '../../platform/security/password-hasher.ts';
import {
  ACCOUNT_ADDRESS_THROTTLE,
  ACCOUNT_THROTTLE,
  ADDRESS_THROTTLE,
  claimAttempt,
  type DelayRule,
} from '../domain/policies.ts';
import type { LoginInput, SessionUser } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuditContext, Deps, Origin } from '../../platform/deps.ts';
import { openSession } from '../data/session-repository.ts';
import { findLoginAccount } from '../data/user-repository.ts';
import { clearThrottle, lockThrottles, refundAttempt, writeThrottle } from '../data/login-throttle-repository.ts';

type Scope = 'account_ip' | 'account' | 'ip';

function throttleKeys(email: string, ip: string | null): { scope: Scope; key: string; rule: DelayRule }[] {
  const address = ip ?? 'inconnue';
  return [
    { scope: 'account_ip', key: `account-ip:${email} ${address}`, rule: ACCOUNT_ADDRESS_THROTTLE },
    { scope: 'account', key: `account:${email}`, rule: ACCOUNT_THROTTLE },
    { scope: 'ip', key: `ip:${address}`, rule: ADDRESS_THROTTLE },
  ];
}

/** Counts one attempt on every key, or none when one of them must wait: returns that wait. */
async function claimAttempts(
  deps: Deps,
  keys: ReturnType<typeof throttleKeys>,
  now: Date,
): Promise<{ scope: Scope; minutes: number } | undefined> {
  return deps.db.transaction().execute(async (trx) => {
    const states = await lockThrottles(
      trx,
      keys.map((k) => k.key),
      now,
    );
    const claims = keys.map((k) => ({ ...k, claim: claimAttempt(states.get(k.key), k.rule, now) }));
    let wait: { scope: Scope; minutes: number } | undefined;
    for (const { scope, claim } of claims) {
      if (!claim.allowed && claim.minutesLeft > (wait?.minutes ?? 0)) wait = { scope, minutes: claim.minutesLeft };
    }
    if (wait) return wait;
    for (const { key, claim } of claims) if (claim.allowed) await writeThrottle(trx, key, claim.state);
    return undefined;
  });
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

  const keys = throttleKeys(input.email, origin.ip);
  const wait = await claimAttempts(deps, keys, now);
  if (wait) {
    await deps.audit.record(
      deps.db,
      context,
      {
        action: 'auth.login_blocked',
        subjectType: user ? 'user' : null,
        subjectId: user?.id ?? null,
        details: { scope: wait.scope },
      },
      now,
    );
    throw throttled(wait.minutes);
  }

  // Always run one argon2 verification, so timing does not reveal whether the account exists.
  const hash = user?.status === 'active' && user.password_hash ? user.password_hash : await decoyHash(deps.hasher);
  const passwordOk = await deps.hasher.verify(hash, input.password);

  if (!user || user.status !== 'active' || !passwordOk) {
    const reason = !user ? 'unknown_account' : user.status !== 'active' ? 'inactive_account' : 'wrong_password';
    await deps.audit.record(
      deps.db,
      context,
      {
        action: 'auth.login_failed',
        subjectType: user ? 'user' : null,
        subjectId: user?.id ?? null,
        details: { reason },
      },
      now,
    );
    deps.log.info({ reason, ip: origin.ip }, 'Échec de connexion');
    throw new AppError('invalid_credentials');
  }

  const token = await deps.db.transaction().execute(async (trx) => {
    for (const { scope, key } of keys) {
      if (scope === 'ip') await refundAttempt(trx, key);
      else await clearThrottle(trx, key);
    }
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
