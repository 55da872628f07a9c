/**
 * The beneficiary withdraws a share (decision 045), at any time: its link and any visit under way
 * stop at once (a French 410 for the recipient), and the audit log records it.
 */
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import { lockOwnShare, markRevoked } from '../data/share-repository.ts';

export async function revokeShare(deps: Deps, actor: Actor, shareId: string): Promise<void> {
  requireRole(actor, 'beneficiary');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const share = await lockOwnShare(trx, actor.organisationId, actor.userId, shareId);
    if (!share) throw new AppError('not_found');
    if (share.revoked_at) throw new AppError('share_refused', { message: 'Ce partage est déjà retiré.' });
    await markRevoked(trx, share.id, now);
    await deps.audit.record(
      trx,
      auditContext(actor),
      { action: 'share.revoked', subjectType: 'share', subjectId: share.id, bilanId: share.bilan_id, details: {} },
      now,
    );
  });
}
