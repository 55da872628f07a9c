/**
 * The recipient downloads a shared document during their visit (decision 045). The visit's token
 * reaches its own share only, and only the documents the beneficiary chose (another document, or
 * another share's, is not found); a visit that is over or a share withdrawn is refused in French
 * (410) and the attempt audited. The document is rendered on demand (never stored); each download
 * is a row of share_accesses and an audit event, written under a lock that sees a withdrawal made
 * meanwhile.
 */
import type { AuditContext, Deps, Origin } from '../../platform/deps.ts';
import type { FileAnswer } from '../../shared/api/endpoint.ts';
import { AppError } from '../../shared/errors.ts';
import type { SharedDocument } from '../contracts/schemas.ts';
import type { ShareSources } from '../data/documents/source.ts';
import { findByVisit, insertAccess, recordRefusal } from '../data/share-repository.ts';
import { NO_LONGER_AVAILABLE } from '../domain/documents.ts';
import { visitRefusal } from '../domain/rules.ts';

export async function downloadSharedDocument(
  deps: Deps,
  sources: ShareSources,
  origin: Origin,
  visitToken: string,
  document: SharedDocument,
): Promise<FileAnswer> {
  const hash = deps.tokens.hash(visitToken);
  const share = await findByVisit(deps.db, hash);
  if (!share) throw new AppError('share_invalid');
  if (!share.documents.includes(document))
    throw new AppError('share_invalid', { message: 'Ce document ne fait pas partie de ce partage.' });
  const context: AuditContext = { organisationId: share.organisation_id, userId: null, role: null, ...origin };
  const source = sources[document];
  const rendered =
    visitRefusal(share, deps.clock.now()) === null &&
    (await source.available(deps.db, share.organisation_id, share.bilan_id))
      ? await source.render(deps, share.organisation_id, share.bilan_id)
      : null;
  const now = deps.clock.now();
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const current = await findByVisit(trx, hash, true);
    // A visit gone meanwhile (withdrawn, or a new link sent) is over.
    const refusal = visitRefusal(current ?? { revoked_at: null, visit_expires_at: null }, now);
    if (refusal) {
      await recordRefusal(deps, trx, context, share, refusal.reason, now);
      return { refused: refusal.message } as const;
    }
    if (!rendered) return { refused: NO_LONGER_AVAILABLE } as const;
    await insertAccess(trx, {
      organisation_id: share.organisation_id,
      share_id: share.id,
      kind: 'downloaded',
      document,
      at: now,
    });
    await deps.audit.record(
      trx,
      context,
      {
        action: 'share.document_downloaded',
        subjectType: 'share',
        subjectId: share.id,
        bilanId: share.bilan_id,
        details: { document },
      },
      now,
    );
    return { file: rendered } as const;
  });
  if ('refused' in outcome) throw new AppError('share_closed', { message: outcome.refused });
  return { ...outcome.file, disposition: 'attachment' };
}
