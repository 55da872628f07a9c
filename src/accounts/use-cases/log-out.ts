/**
 * Sign out: the session row is deleted, so the cookie is worthless even if it was copied.
 */
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { closeSession } from '../data/session-repository.ts';

export async function logOut(deps: Deps, actor: Actor, token: string): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await closeSession(deps, trx, token);
    await deps.audit.record(
      trx,
      auditContext(actor),
      { action: 'auth.logged_out', subjectType: 'user', subjectId: actor.userId, details: {} },
      now,
    );
  });
  // At once in this process; other processes learn it from the database's notification.
  deps.caches.sessionsChanged(`session:${deps.tokens.hash(token).toString('hex')}`);
}
