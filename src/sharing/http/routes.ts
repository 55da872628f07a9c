/**
 * Sharing with consent (decision 045): the beneficiary's shares, and the recipient's link (no
 * account: the link, then the visit it starts, is the credential). Thin handlers, one use case
 * each; the documents' sources come from the capability's wiring.
 */
import { endpointRoutes } from '../../platform/http/endpoints.ts';
import { sharingEndpoints as e } from '../contracts/endpoints.ts';
import type { ShareSources } from '../data/documents/source.ts';
import { createShare } from '../use-cases/create-share.ts';
import { downloadSharedDocument } from '../use-cases/download-shared-document.ts';
import { listShares } from '../use-cases/list-shares.ts';
import { openShare } from '../use-cases/open-share.ts';
import { previewShare } from '../use-cases/preview-share.ts';
import { resendShare } from '../use-cases/resend-share.ts';
import { revokeShare } from '../use-cases/revoke-share.ts';

export function sharingRoutes(sources: ShareSources) {
  return endpointRoutes()
    .on(e.list, ({ deps, actor, params }) => listShares(deps, sources, actor(), params.id))
    .on(e.create, ({ deps, actor, params, body }) => createShare(deps, sources, actor(), params.id, body))
    .on(e.revoke, ({ deps, actor, params }) => revokeShare(deps, actor(), params.id))
    .on(e.resend, ({ deps, actor, params }) => resendShare(deps, sources, actor(), params.id))
    .on(e.preview, ({ deps, params }) => previewShare(deps, sources, params.token))
    .on(e.open, ({ deps, params }, c) => openShare(deps, sources, c.get('origin'), params.token))
    .on(e.download, ({ deps, params }, c) =>
      downloadSharedDocument(deps, sources, c.get('origin'), params.visit, params.document as 'synthese' | 'resultats'),
    ).app;
}
