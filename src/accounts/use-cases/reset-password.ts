/**
 * Choosing a new password from an e-mailed reset link. The link works once, for an hour; using
 * it closes every session of the account and signs the person in.
 */
import { readSessionBrand } from '../../organisation/data/brand-repository.ts';
import { passwordChangedEmail } from '../domain/emails.ts';
import type { PasswordResetConfirm, SessionUser } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Deps, Origin } from '../../platform/deps.ts';
import { closeAllSessions, openSession } from '../data/session-repository.ts';
import { setUserPassword } from '../data/user-repository.ts';
import { lockPasswordResetByToken, markPasswordResetUsed } from '../data/password-reset-repository.ts';
import { clearThrottle } from '../data/login-throttle-repository.ts';
import { assertPasswordAcceptable } from '../../platform/validation.ts';

export async function resetPassword(
  deps: Deps,
  origin: Origin,
  input: PasswordResetConfirm,
): Promise<{ token: string; user: SessionUser }> {
  const now = deps.clock.now();
  const result = await deps.db.transaction().execute(async (trx) => {
    const reset = await lockPasswordResetByToken(trx, deps.tokens.hash(input.token));
    if (!reset || reset.used_at || reset.expires_at.getTime() <= now.getTime() || reset.status !== 'active') {
      throw new AppError('reset_invalid');
    }
    assertPasswordAcceptable(input.password, reset.email);
    const passwordHash = await deps.hasher.hash(input.password);
    await setUserPassword(trx, reset.user_id, passwordHash);
    await markPasswordResetUsed(trx, reset.id, now);
    await closeAllSessions(trx, reset.user_id);
    await clearThrottle(trx, `account:${reset.email}`);
    await deps.outbox.enqueue(
      trx,
      {
        organisationId: reset.organisation_id,
        kind: 'password_changed',
        to: reset.email,
        message: passwordChangedEmail({
          firstName: reset.first_name,
          organisationName: reset.organisation_name,
          at: now,
        }),
      },
      now,
    );
    await deps.audit.record(
      trx,
      { organisationId: reset.organisation_id, userId: reset.user_id, role: reset.role, ...origin },
      {
        action: 'auth.password_reset',
        subjectType: 'user',
        subjectId: reset.user_id,
        details: {},
      },
      now,
    );
    const token = await openSession(deps, trx, reset.user_id, origin, now);
    const user: SessionUser = {
      id: reset.user_id,
      role: reset.role,
      firstName: reset.first_name,
      lastName: reset.last_name,
      email: reset.email,
      organisation: {
        id: reset.organisation_id,
        name: reset.organisation_name,
        ...(await readSessionBrand(trx, reset.organisation_id)),
      },
    };
    return { token, user };
  });
  deps.caches.sessionsChanged(`user:${result.user.id}`);
  deps.emailsQueued();
  return result;
}
