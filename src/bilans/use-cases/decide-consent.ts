/**
 * Consent to the information notice (L6313-4 al. 2). Only the beneficiary decides, from their own
 * account; a refusal is recorded as such, is never a fault, and keeps the bilan from leaving the
 * préliminaire (and from any investigation séance). They may change their mind later.
 */
import { CURRENT_NOTICE } from '../domain/notice.ts';
import type { ConsentDecision } from '../contracts/checklists.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { assertOpen, lockBilan } from '../data/bilan-access.ts';
import { insertConsent } from '../data/consent-repository.ts';

export async function decideConsent(deps: Deps, actor: Actor, bilanId: string, input: ConsentDecision): Promise<void> {
  requireRole(actor, 'beneficiary');
  if (input.noticeVersion !== CURRENT_NOTICE.version) {
    throw new AppError('text_changed', {
      message: 'La notice d’information a été mise à jour : relisez-la avant de répondre.',
    });
  }
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'beneficiary');
    assertOpen(bilan);
    await insertConsent(trx, {
      organisation_id: bilan.organisation_id,
      bilan_id: bilanId,
      beneficiary_id: actor.userId,
      notice_version: input.noticeVersion,
      decision: input.decision,
      decided_at: now,
      ip: actor.ip,
      user_agent: actor.userAgent?.slice(0, 500) ?? null,
    });
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: input.decision === 'given' ? 'bilan.consent_given' : 'bilan.consent_refused',
        subjectType: 'bilan',
        subjectId: bilanId,
        details: { noticeVersion: input.noticeVersion },
      },
      now,
    );
  });
}
