/**
 * A document a beneficiary can share (decision 045): whether it exists for a bilan today, and its
 * bytes, rendered on demand. The registry (one source per kind) is made by the capability's
 * wiring (`capability.ts`) and passed to the use cases, so a new kind of document is one source.
 */
import type { Db } from '../../../platform/db/kysely.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { SharedDocument } from '../../contracts/schemas.ts';

export interface RenderedDocument {
  bytes: Buffer;
  filename: string;
  contentType: string;
}

export interface ShareableDocumentSource {
  kind: SharedDocument;
  label: string;
  available(db: Db, organisationId: string, bilanId: string): Promise<boolean>;
  render(deps: Deps, organisationId: string, bilanId: string): Promise<RenderedDocument>;
}

export type ShareSources = Record<SharedDocument, ShareableDocumentSource>;
