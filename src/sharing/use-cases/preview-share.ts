/**
 * The page of a share's link (decision 045): who shares which documents, until when. Reading it
 * does not spend the link (a mail client that follows links must not use it up); a link that no
 * longer opens is refused in French (410), an unknown one is not found.
 */
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { SharePreview, SharedDocument } from '../contracts/schemas.ts';
import type { ShareSources } from '../data/documents/source.ts';
import { findByLink } from '../data/share-repository.ts';
import { lastDayOf } from '../data/share-views.ts';
import { linkRefusal } from '../domain/rules.ts';

export async function previewShare(deps: Deps, sources: ShareSources, token: string): Promise<SharePreview> {
  const now = deps.clock.now();
  const share = await findByLink(deps.db, deps.tokens.hash(token), false);
  if (!share) throw new AppError('share_invalid');
  const lastDay = lastDayOf(share.expires_at);
  const refusal = linkRefusal({ ...share, lastDay }, now);
  if (refusal) throw new AppError('share_closed', { message: refusal.message });
  return {
    beneficiaryName: `${share.first_name} ${share.last_name}`,
    organisationName: share.organisation_name,
    recipientName: share.recipient_name,
    documents: (share.documents as SharedDocument[]).map((document) => ({ document, label: sources[document].label })),
    lastDay,
  };
}
