/** A document as its readers see it: its signatures, whether it is current, fully signed, awaiting the reader. */
import { DOCUMENT_TITLES, SIGNER_LABELS, type DocumentKindCode, type SignerRole } from './builders.ts';
import type { DocumentView } from '../contracts/schemas.ts';

export function documentView(
  doc: {
    id: string;
    kind: DocumentKindCode;
    version: number;
    sha256: string;
    created_at: Date;
    superseded_at: Date | null;
    signers: SignerRole[];
  },
  signatures: { document_id: string; signer_role: SignerRole; signed_name: string; signed_at: Date }[],
  readerRole: SignerRole | null,
): DocumentView {
  const mine = signatures.filter((s) => s.document_id === doc.id);
  const views = doc.signers.map((role) => {
    const s = mine.find((m) => m.signer_role === role);
    return {
      role,
      roleLabel: SIGNER_LABELS[role],
      name: s?.signed_name ?? null,
      signedAt: s?.signed_at.toISOString() ?? null,
    };
  });
  const current = doc.superseded_at === null;
  return {
    id: doc.id,
    kind: doc.kind,
    title: DOCUMENT_TITLES[doc.kind],
    version: doc.version,
    sha256: doc.sha256,
    createdAt: doc.created_at.toISOString(),
    current,
    signatures: views,
    fullySigned: views.length > 0 && views.every((v) => v.signedAt !== null),
    awaitingMySignature:
      current && readerRole !== null && views.some((v) => v.role === readerRole && v.signedAt === null),
    pdfUrl: `/api/documents/${doc.id}/pdf`,
    signedPdfUrl: mine.length > 0 ? `/api/documents/${doc.id}/signed-pdf` : null,
  };
}
