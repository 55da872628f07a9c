/** Renders and stores a new version of a document (the exact PDF and its SHA-256); the previous one is superseded. */
import { createHash } from 'node:crypto';
import { DOCUMENT_SIGNERS, type DocumentKindCode } from '../domain/builders.ts';
import type { PdfDocument } from '../domain/model.ts';
import type { Deps } from '../../platform/deps.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { insertDocumentVersion } from '../data/document-repository.ts';

export async function storeDocument(
  deps: Deps,
  trx: Trx,
  input: {
    organisationId: string;
    bilanId: string;
    kind: DocumentKindCode;
    version: number;
    document: PdfDocument;
    createdBy: string | null;
  },
  now: Date,
): Promise<{ id: string; sha256: string }> {
  const pdf = deps.pdf.render(input.document);
  const hash = createHash('sha256').update(pdf).digest('hex');
  const id = await insertDocumentVersion(trx, {
    organisation_id: input.organisationId,
    bilan_id: input.bilanId,
    kind: input.kind,
    version: input.version,
    render_data: JSON.stringify(input.document),
    pdf,
    sha256: hash,
    signers: DOCUMENT_SIGNERS[input.kind],
    created_at: now,
    created_by: input.createdBy,
  });
  return { id, sha256: hash };
}
