/**
 * The PDF of a document for the consultant or the beneficiary of its bilan: the exact stored
 * version, or the signed copy (the same document with its signature page appended).
 */
import { withSignaturePage } from '../domain/builders.ts';
import type { PdfDocument } from '../domain/model.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { lockReachableDocument } from '../data/document-repository.ts';
import { listSignaturesForPage } from '../data/signature-repository.ts';
import { listUsedSignatureLinks } from '../data/signature-link-repository.ts';

const signedAtFr = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'medium',
  timeZone: 'Europe/Paris',
});

/** The signed copy: the stored document re-rendered with its signature page appended. */
async function signedCopy(
  deps: Deps,
  trx: Trx,
  document: { id: string; render_data: Record<string, unknown>; sha256: string },
): Promise<Buffer> {
  const signatures = await listSignaturesForPage(trx, document.id);
  const links = await listUsedSignatureLinks(trx, document.id);
  return deps.pdf.render(
    withSignaturePage(
      document.render_data as unknown as PdfDocument,
      document.sha256,
      signatures.map((s) => ({
        role: s.signer_role,
        name: s.signed_name,
        signedAt: `${signedAtFr.format(s.signed_at)} (heure de Paris)`,
        ip: s.ip,
        account: s.email
          ? `Compte personnel ${s.email}`
          : `Lien de signature à usage unique envoyé à ${links[0]?.email ?? 'l’employeur'}`,
        // The employer has no account: one recorded on it is the consultant who witnessed the signature.
        ...(s.signer_role === 'employer' && s.email
          ? {
              inPresenceOf: `${s.first_name ?? ''} ${s.last_name ?? ''}, consultant·e chargé·e du bilan (compte ${s.email})`,
            }
          : {}),
      })),
    ),
  );
}

export async function getDocumentPdf(
  deps: Deps,
  actor: Actor,
  documentId: string,
  signed: boolean,
): Promise<{ filename: string; pdf: Buffer }> {
  requireRole(actor, 'consultant', 'beneficiary');
  return deps.db.transaction().execute(async (trx) => {
    const { doc } = await lockReachableDocument(trx, actor, documentId);
    const filename = `${doc.kind}-v${doc.version}${signed ? '-signe' : ''}.pdf`;
    if (!signed) return { filename, pdf: doc.pdf };
    return { filename, pdf: await signedCopy(deps, trx, doc) };
  });
}
