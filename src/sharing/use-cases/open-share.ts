/**
 * The recipient opens a share's link (decision 045): this is its single use. In one transaction,
 * under a lock on the share, the link is spent and a visit starts, with its own token (SHA-256
 * only), during which the documents can be downloaded for `VISIT_MINUTES`; the opening is a row
 * of share_accesses (the beneficiary sees it) and an audit event. Of concurrent openings exactly
 * one succeeds. A link already used, expired or withdrawn is refused in French (410), and that
 * attempt is recorded in the audit log (committed apart from the refusal, so nothing else
 * changes); an unknown link is not found (404).
 */
import type { AuditContext, Deps, Origin } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { ShareVisit, SharedDocument } from '../contracts/schemas.ts';
import type { ShareSources } from '../data/documents/source.ts';
import { findByLink, insertAccess, markOpened, recordRefusal } from '../data/share-repository.ts';
import { lastDayOf } from '../data/share-views.ts';
import { VISIT_MINUTES, linkRefusal } from '../domain/rules.ts';

export async function openShare(deps: Deps, sources: ShareSources, origin: Origin, token: string): Promise<ShareVisit> {
  const now = deps.clock.now();
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const share = await findByLink(trx, deps.tokens.hash(token), true);
    if (!share) throw new AppError('share_invalid');
    const context: AuditContext = { organisationId: share.organisation_id, userId: null, role: null, ...origin };
    const refusal = linkRefusal({ ...share, lastDay: lastDayOf(share.expires_at) }, now);
    if (refusal) {
      await recordRefusal(deps, trx, context, share, refusal.reason, now);
      return { refused: refusal.message } as const;
    }
    const visit = deps.tokens.create();
    const visitEndsAt = new Date(now.getTime() + VISIT_MINUTES * 60_000);
    await markOpened(trx, share.id, now, visit.hash, visitEndsAt);
    await insertAccess(trx, {
      organisation_id: share.organisation_id,
      share_id: share.id,
      kind: 'opened',
      document: null,
      at: now,
    });
    await deps.audit.record(
      trx,
      context,
      { action: 'share.opened', subjectType: 'share', subjectId: share.id, bilanId: share.bilan_id, details: {} },
      now,
    );
    return {
      visit: {
        visit: visit.token,
        visitEndsAt: visitEndsAt.toISOString(),
        documents: (share.documents as SharedDocument[]).map((document) => ({
          document,
          label: sources[document].label,
        })),
      },
    } as const;
  });
  if ('refused' in outcome) throw new AppError('share_closed', { message: outcome.refused });
  return outcome.visit;
}
