/**
 * Asking for a password-reset link by e-mail. Asking always gets the same answer, whether or not
 * the address has an account. The link works once, for an hour; only the newest one works.
 */
import { PASSWORD_RESET_LIFETIME_MS, addMs } from '../domain/policies.ts';
import { passwordResetEmail } from '../domain/emails.ts';
import type { PasswordResetRequest } from '../contracts/schemas.ts';
import type { Deps, Origin } from '../../platform/deps.ts';
import { findUserByEmail } from '../data/user-repository.ts';
import {
  countPasswordResetsSince,
  insertPasswordReset,
  spendOpenPasswordResets,
} from '../data/password-reset-repository.ts';

/** At most this many reset e-mails per account per hour (protects inboxes from abuse). */
const MAX_RESETS_PER_HOUR = 3;

export async function requestPasswordReset(deps: Deps, origin: Origin, input: PasswordResetRequest): Promise<void> {
  const now = deps.clock.now();
  const user = await findUserByEmail(deps.db, input.email);
  if (!user || user.status !== 'active') {
    deps.log.info({ ip: origin.ip }, 'Réinitialisation demandée pour une adresse sans compte actif');
    return;
  }
  const queued = await deps.db.transaction().execute(async (trx) => {
    const recent = await countPasswordResetsSince(trx, user.id, addMs(now, -60 * 60_000));
    if (recent >= MAX_RESETS_PER_HOUR) return false;
    // Only the newest link works.
    await spendOpenPasswordResets(trx, user.id, now);
    const { token, hash } = deps.tokens.create();
    const expiresAt = addMs(now, PASSWORD_RESET_LIFETIME_MS);
    await insertPasswordReset(trx, { userId: user.id, tokenHash: hash, createdAt: now, expiresAt });
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
