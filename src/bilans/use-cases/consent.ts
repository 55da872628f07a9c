/**
 * Consent to the information notice (L6313-4 al. 2). Only the beneficiary decides, from their own
 * account; a refusal is recorded as such, is never a fault, and keeps the bilan from leaving the
 * préliminaire (and from any investigation séance). They may change their mind later.
 */
import { CURRENT_NOTICE } from '../domain/notice.ts';
import type { ConsentDecision, ConsentView } from '../contracts/checklists.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { isOpen } from '../domain/phases.ts';
import { lockBilan, readBilan } from '../data/bilan-access.ts';

export async function getConsent(deps: Deps, actor: Actor, bilanId: string): Promise<ConsentView> {
  requireRole(actor, 'consultant', 'beneficiary');
  return deps.db.transaction().execute(async (trx) => {
    await readBilan(trx, actor, bilanId, 'either');
    const latest = await trx
      .selectFrom('bilan_consents')
      .select(['decision', 'decided_at', 'notice_version'])
      .where('bilan_id', '=', bilanId)
      .orderBy('decided_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return {
      notice: CURRENT_NOTICE,
      decision: latest
        ? { decision: latest.decision, at: latest.decided_at.toISOString(), noticeVersion: latest.notice_version }
        : null,
    };
  });
}

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
    if (!isOpen(bilan.phase)) throw new AppError('bilan_closed');
    await trx
      .insertInto('bilan_consents')
      .values({
        organisation_id: bilan.organisation_id,
        bilan_id: bilanId,
        beneficiary_id: actor.userId,
        notice_version: input.noticeVersion,
        decision: input.decision,
        decided_at: now,
        ip: actor.ip,
        user_agent: actor.userAgent?.slice(0, 500) ?? null,
      })
      .execute();
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

/** Whether the beneficiary's latest answer is a consent. */
export async function hasConsent(trx: Deps['db'], bilanId: string): Promise<boolean> {
  const latest = await trx
    .selectFrom('bilan_consents')
    .select('decision')
    .where('bilan_id', '=', bilanId)
    .orderBy('decided_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return latest?.decision === 'given';
}
