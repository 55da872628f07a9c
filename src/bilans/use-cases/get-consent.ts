/**
 * The information notice (L6313-4 al. 2) and the beneficiary's latest answer to it, for the
 * beneficiary and their consultant.
 */
import { CURRENT_NOTICE } from '../domain/notice.ts';
import type { ConsentView } from '../contracts/checklists.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { readBilan } from '../data/bilan-access.ts';
import { latestConsent } from '../data/consent-repository.ts';

export async function getConsent(deps: Deps, actor: Actor, bilanId: string): Promise<ConsentView> {
  requireRole(actor, 'consultant', 'beneficiary');
  return deps.db.transaction().execute(async (trx) => {
    await readBilan(trx, actor, bilanId, 'either');
    const latest = await latestConsent(trx, bilanId);
    return {
      notice: CURRENT_NOTICE,
      decision: latest
        ? { decision: latest.decision, at: latest.decided_at.toISOString(), noticeVersion: latest.notice_version }
        : null,
    };
  });
}
