/**
 * Recurring sweep over access dates, safe to run any number of times with the time passed in:
 * pending invitations past their expiry become 'expired' (one audit event each); expired
 * sessions, spent reset links and stale login counters are deleted.
 */
import type { Deps } from '../../platform/deps.ts';
import { addMs } from '../domain/policies.ts';
import { expireOverdueInvitations } from '../data/invitation-repository.ts';
import { deleteExpiredSessions } from '../data/session-repository.ts';
import { purgePasswordResets } from '../data/password-reset-repository.ts';
import { purgeThrottles } from '../data/login-throttle-repository.ts';

export interface SweepResult {
  invitationsExpired: number;
  sessionsPurged: number;
  resetsPurged: number;
  throttlesPurged: number;
}

const DAY = 24 * 60 * 60_000;

export async function sweepExpiredAccess(deps: Deps, now: Date): Promise<SweepResult> {
  return deps.db.transaction().execute(async (trx) => {
    const expired = await expireOverdueInvitations(trx, now);
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
    const sessionsPurged = await deleteExpiredSessions(trx, now);
    const resetsPurged = await purgePasswordResets(trx, addMs(now, -DAY));
    const throttlesPurged = await purgeThrottles(trx, addMs(now, -DAY), now);
    return {
      invitationsExpired: expired.length,
      sessionsPurged,
      resetsPurged,
      throttlesPurged,
    };
  });
}
