/**
 * Password reset by e-mailed link. Asking always gets the same answer, whether or not the
 * address has an account. The link works once, for an hour; using it closes every session.
 */
import { PASSWORD_RESET_LIFETIME_MS, addMs } from '../domain/policies.ts';
import { passwordChangedEmail, passwordResetEmail } from '../domain/emails.ts';
import type { PasswordResetConfirm, PasswordResetRequest, SessionUser } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Deps, Origin } from '../../platform/deps.ts';
import { closeAllSessions, openSession } from './sessions.ts';
import { assertPasswordAcceptable } from '../../platform/validation.ts';

/** At most this many reset e-mails per account per hour (protects inboxes from abuse). */
const MAX_RESETS_PER_HOUR = 3;

export async function requestPasswordReset(deps: Deps, origin: Origin, input: PasswordResetRequest): Promise<void> {
  const now = deps.clock.now();
  const user = await deps.db
    .selectFrom('users')
    .select(['id', 'organisation_id', 'role', 'first_name', 'status'])
    .where('email', '=', input.email)
    .executeTakeFirst();
  if (!user || user.status !== 'active') {
    deps.log.info({ ip: origin.ip }, 'Réinitialisation demandée pour une adresse sans compte actif');
    return;
  }
  const queued = await deps.db.transaction().execute(async (trx) => {
    const recent = await trx
      .selectFrom('password_resets')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', user.id)
      .where('created_at', '>', addMs(now, -60 * 60_000))
      .executeTakeFirstOrThrow();
    if (recent.n >= MAX_RESETS_PER_HOUR) return false;
    // Only the newest link works.
    await trx
      .updateTable('password_resets')
      .set({ used_at: now })
      .where('user_id', '=', user.id)
      .where('used_at', 'is', null)
      .execute();
    const { token, hash } = deps.tokens.create();
    const expiresAt = addMs(now, PASSWORD_RESET_LIFETIME_MS);
    await trx
      .insertInto('password_resets')
      .values({ user_id: user.id, token_hash: hash, created_at: now, expires_at: expiresAt })
      .execute();
    await deps.outbox.enqueue(
      trx,
      {
        organisationId: user.organisation_id,
        kind: 'password_reset',
        to: input.email,
        message: passwordResetEmail({
          firstName: user.first_name,
          url: `${deps.publicUrl}/reinitialiser-mot-de-passe/${token}`,
          expiresAt,
        }),
      },
      now,
    );
    await deps.audit.record(
      trx,
      { organisationId: user.organisation_id, userId: null, role: null, ...origin },
      {
        action: 'auth.password_reset_requested',
        subjectType: 'user',
        subjectId: user.id,
        details: {},
      },
      now,
    );
    return true;
  });
  if (queued) deps.emailsQueued();
}

export async function resetPassword(
  deps: Deps,
  origin: Origin,
  input: PasswordResetConfirm,
): Promise<{ token: string; user: SessionUser }> {
  const now = deps.clock.now();
  const result = await deps.db.transaction().execute(async (trx) => {
    const reset = await trx
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
      .where('r.token_hash', '=', deps.tokens.hash(input.token))
      .forUpdate('r')
      .executeTakeFirst();
    if (!reset || reset.used_at || reset.expires_at.getTime() <= now.getTime() || reset.status !== 'active') {
      throw new AppError('reset_invalid');
    }
    assertPasswordAcceptable(input.password, reset.email);
    const passwordHash = await deps.hasher.hash(input.password);
    await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', reset.user_id).execute();
    await trx.updateTable('password_resets').set({ used_at: now }).where('id', '=', reset.id).execute();
    await closeAllSessions(trx, reset.user_id);
    await trx.deleteFrom('login_throttle').where('key', '=', `account:${reset.email}`).execute();
    await deps.outbox.enqueue(
      trx,
      {
        organisationId: reset.organisation_id,
        kind: 'password_changed',
        to: reset.email,
        message: passwordChangedEmail({ firstName: reset.first_name, at: now }),
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
      organisation: { id: reset.organisation_id, name: reset.organisation_name },
    };
    return { token, user };
  });
  deps.caches.sessionsChanged(`user:${result.user.id}`);
  deps.emailsQueued();
  return result;
}
