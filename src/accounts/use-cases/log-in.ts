/**
 * Sign in with e-mail and password. An unknown e-mail gets the same answer, in the same time, as
 * a wrong password. Each attempt is counted before the password is checked, in one locked step,
 * per account and address, per account and per address (decision 023): past a few free attempts
 * each key waits longer and longer, and the person is told how long to wait.
 *
 * One e-mail may have an account in several organisations (decision 027). The password is checked
 * against each of them, side by side, so the answer takes about the time of one check: when it
 * opens exactly one account, the person is signed in; when it opens several, the answer lists
 * those organisations only, and the person signs in again naming one (`organisationId`). Nothing
 * is said about accounts whose password did not match. The throttling keys are named by the e-mail
 * typed: one attempt tests one password against every account of that e-mail, so each account's
 * count is the number of guesses made against it.
 */
import { readSessionBrand } from '../../organisation/data/brand-repository.ts';
import { decoyHash } from '../../platform/security/password-hasher.ts';
import {
  ACCOUNT_ADDRESS_THROTTLE,
  ACCOUNT_THROTTLE,
  ADDRESS_THROTTLE,
  claimAttempt,
  type DelayRule,
} from '../domain/policies.ts';
import type { LoginInput, OrganisationChoice, SessionUser } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuditContext, AuditRecord, Deps, Origin } from '../../platform/deps.ts';
import { openSession } from '../data/session-repository.ts';
import { findLoginAccounts } from '../data/user-repository.ts';
import { clearThrottle, lockThrottles, refundAttempt, writeThrottle } from '../data/login-throttle-repository.ts';

type Scope = 'account_ip' | 'account' | 'ip';
type Account = Awaited<ReturnType<typeof findLoginAccounts>>[number];

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

/**
 * Records an event about the attempt in the journal of each account's organisation (subject: that
 * account), or once without organisation when the e-mail has no account.
 */
async function recordForEach(
  deps: Deps,
  origin: Origin,
  accounts: Account[],
  event: (account: Account | undefined) => AuditRecord,
  now: Date,
): Promise<void> {
  const anonymous: AuditContext = { organisationId: null, userId: null, role: null, ...origin };
  if (accounts.length === 0) {
    await deps.audit.record(deps.db, anonymous, event(undefined), now);
    return;
  }
  for (const account of accounts) {
    await deps.audit.record(deps.db, { ...anonymous, organisationId: account.organisation_id }, event(account), now);
  }
}

/**
 * Checks the password against every account at once (argon2 runs on the thread pool, so the time
 * is about that of one check); an account that cannot sign in, or no account at all, is checked
 * against a decoy hash, so timing does not tell them apart.
 */
async function accountsOpenedBy(deps: Deps, accounts: Account[], password: string): Promise<Account[]> {
  const usable = (a: Account) => a.status === 'active' && a.password_hash !== null;
  const checks = await Promise.all(
    (accounts.length > 0 ? accounts : [undefined]).map(async (account) => {
      const hash = account && usable(account) ? account.password_hash! : await decoyHash(deps.hasher);
      return (await deps.hasher.verify(hash, password)) && account && usable(account) ? account : undefined;
    }),
  );
  return checks.filter((a): a is Account => a !== undefined);
}

export type LogInOutcome =
  | { kind: 'signed_in'; token: string; user: SessionUser }
  | { kind: 'choose_organisation'; organisations: OrganisationChoice[] };

export async function logIn(deps: Deps, origin: Origin, input: LoginInput): Promise<LogInOutcome> {
  const now = deps.clock.now();
  const accounts = await findLoginAccounts(deps.db, input.email, input.organisationId);

  const keys = throttleKeys(input.email, origin.ip);
  const wait = await claimAttempts(deps, keys, now);
  if (wait) {
    await recordForEach(
      deps,
      origin,
      accounts,
      (account) => ({
        action: 'auth.login_blocked',
        subjectType: account ? 'user' : null,
        subjectId: account?.id ?? null,
        details: { scope: wait.scope },
      }),
      now,
    );
    throw throttled(wait.minutes);
  }

  const opened = await accountsOpenedBy(deps, accounts, input.password);
  if (opened.length === 0) {
    await recordForEach(
      deps,
      origin,
      accounts,
      (account) => ({
        action: 'auth.login_failed',
        subjectType: account ? 'user' : null,
        subjectId: account?.id ?? null,
        details: {
          reason: !account ? 'unknown_account' : account.status !== 'active' ? 'inactive_account' : 'wrong_password',
        },
      }),
      now,
    );
    deps.log.info(
      { reason: accounts.length ? 'wrong_password' : 'unknown_account', ip: origin.ip },
      'Échec de connexion',
    );
    throw new AppError('invalid_credentials');
  }

  // The password is right: the e-mail's keys are cleared and the address gets its attempt back,
  // whether the person is signed in now or first chooses an organisation.
  const user = opened.length === 1 ? opened[0]! : undefined;
  const token = await deps.db.transaction().execute(async (trx) => {
    for (const { scope, key } of keys) {
      if (scope === 'ip') await refundAttempt(trx, key);
      else await clearThrottle(trx, key);
    }
    if (!user) return undefined;
    await deps.audit.record(
      trx,
      { organisationId: user.organisation_id, userId: user.id, role: user.role, ...origin },
      { action: 'auth.login_succeeded', subjectType: 'user', subjectId: user.id, details: {} },
      now,
    );
    return openSession(deps, trx, user.id, origin, now);
  });
  if (!user || !token) {
    return {
      kind: 'choose_organisation',
      organisations: opened.map((a) => ({ id: a.organisation_id, name: a.organisation_name })),
    };
  }
  return {
    kind: 'signed_in',
    token,
    user: {
      id: user.id,
      role: user.role,
      firstName: user.first_name,
      lastName: user.last_name,
      email: user.email,
      organisation: {
        id: user.organisation_id,
        name: user.organisation_name,
        ...(await readSessionBrand(deps.db, user.organisation_id)),
      },
    },
  };
}
