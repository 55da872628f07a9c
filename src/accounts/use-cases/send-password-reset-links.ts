/**
 * The deferred step of password reset: for each recorded request, oldest first, every active
 * account of the address gets its own link (it works once, for an hour; only the newest one
 * works), in a message naming the account's organisation, since one address may have an account
 * in several organisations (decision 027); nothing happens for an address without one. Run right
 * after a request is answered and by a sweep every minute; safe to run any number of times, from
 * several processes.
 */
import { PASSWORD_RESET_LIFETIME_MS, addMs } from '../domain/policies.ts';
import { passwordResetEmail } from '../domain/emails.ts';
import type { Deps } from '../../platform/deps.ts';
import { findAccountsByEmail } from '../data/user-repository.ts';
import {
  countPasswordResetsSince,
  insertPasswordReset,
  spendOpenPasswordResets,
  takePasswordResetRequests,
} from '../data/password-reset-repository.ts';

/** At most this many reset e-mails per account per hour (protects inboxes from abuse). */
const MAX_RESETS_PER_HOUR = 3;
const BATCH = 50;

export async function sendPasswordResetLinks(deps: Deps, now: Date): Promise<{ handled: number; sent: number }> {
  let handled = 0;
  let sent = 0;
  for (;;) {
    const batch = await deps.db.transaction().execute(async (trx) => {
      const requests = await takePasswordResetRequests(trx, BATCH);
      let queued = 0;
      for (const request of requests) {
        for (const user of await findAccountsByEmail(trx, request.email)) {
          if (user.status !== 'active') continue;
          const recent = await countPasswordResetsSince(trx, user.id, addMs(now, -60 * 60_000));
          if (recent >= MAX_RESETS_PER_HOUR) continue;
          await spendOpenPasswordResets(trx, user.id, now);
          const { token, hash } = deps.tokens.create();
          const expiresAt = addMs(now, PASSWORD_RESET_LIFETIME_MS);
          await insertPasswordReset(trx, { userId: user.id, tokenHash: hash, createdAt: now, expiresAt });
          const url = `${deps.publicUrl}/reinitialiser-mot-de-passe/${token}`;
          await deps.outbox.enqueue(
            trx,
            {
              organisationId: user.organisation_id,
              kind: 'password_reset',
              to: request.email,
              message: passwordResetEmail({
                firstName: user.first_name,
                organisationName: user.organisation_name,
                url,
                expiresAt,
              }),
              personalLink: { url, expiresAt },
            },
            now,
          );
          await deps.audit.record(
            trx,
            {
              organisationId: user.organisation_id,
              userId: null,
              role: null,
              ip: request.ip,
              userAgent: request.user_agent,
            },
            { action: 'auth.password_reset_requested', subjectType: 'user', subjectId: user.id, details: {} },
            now,
          );
          queued++;
        }
      }
      return { taken: requests.length, queued };
    });
    handled += batch.taken;
    sent += batch.queued;
    if (batch.queued > 0) deps.emailsQueued();
    if (batch.taken < BATCH) return { handled, sent };
  }
}
