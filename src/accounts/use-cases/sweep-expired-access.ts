/**
 * Recurring sweep over access dates, safe to run any number of times with the time passed in:
 * pending invitations past their expiry become 'expired' (one audit event each); expired
 * sessions, spent reset links and stale login counters are deleted.
 */
import type { Deps } from '../../platform/deps.ts';
import { addMs } from '../domain/policies.ts';

export interface SweepResult {
  invitationsExpired: number;
  sessionsPurged: number;
  resetsPurged: number;
  throttlesPurged: number;
}

const DAY = 24 * 60 * 60_000;

export async function sweepExpiredAccess(deps: Deps, now: Date): Promise<SweepResult> {
  return deps.db.transaction().execute(async (trx) => {
    const expired = await trx
      .updateTable('invitations as i')
      .from('users as u')
      .set({ status: 'expired' })
      .whereRef('u.id', '=', 'i.user_id')
      .where('i.status', '=', 'pending')
      .where('i.expires_at', '<=', now)
      .returning(['i.id', 'i.organisation_id', 'u.email'])
      .execute();
    for (const invitation of expired) {
      await deps.audit.record(
        trx,
        { organisationId: invitation.organisation_id, userId: null, role: 'system', ip: null, userAgent: null },
        {
          action: 'invitation.expired',
          subjectType: 'invitation',
          subjectId: invitation.id,
          details: { email: invitation.email },
        },
        now,
      );
    }
    const sessions = await trx.deleteFrom('auth_sessions').where('expires_at', '<=', now).executeTakeFirst();
    const resets = await trx
      .deleteFrom('password_resets')
      .where((eb) => eb.or([eb('expires_at', '<=', addMs(now, -DAY)), eb('used_at', '<=', addMs(now, -DAY))]))
      .executeTakeFirst();
    const throttles = await trx
      .deleteFrom('login_throttle')
      .where('window_started_at', '<=', addMs(now, -DAY))
      .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<=', now)]))
      .executeTakeFirst();
    return {
      invitationsExpired: expired.length,
      sessionsPurged: Number(sessions.numDeletedRows),
      resetsPurged: Number(resets.numDeletedRows),
      throttlesPurged: Number(throttles.numDeletedRows),
    };
  });
}
