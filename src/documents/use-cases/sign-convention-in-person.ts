/**
 * The employer's signatory signs the tripartite convention in person, at the provider, on the
 * screen of the bilan's consultant (decision 037): the same record as through the single-use link
 * (typed name, consent, exact PDF, time, address), with the consultant as witness; the link still
 * open stops working.
 */
import { nameMatches } from '../../seances/domain/attendance.ts';
import type { SignDocument } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { isOpen } from '../../bilans/domain/phases.ts';
import { findFinancing } from '../../financing/data/financing-repository.ts';
import { lockReachableDocument } from '../data/document-repository.ts';
import { revokeOpenSignatureLinks } from '../data/signature-link-repository.ts';
import { recordSignature } from './record-signature.ts';

export async function signConventionInPerson(
  deps: Deps,
  actor: Actor,
  documentId: string,
  input: SignDocument,
): Promise<void> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    // The bilan's own consultant only: anyone else, in this organisation or another, gets a 404.
    const { doc, bilan } = await lockReachableDocument(trx, actor, documentId);
    if (!isOpen(bilan.phase)) throw new AppError('bilan_closed');
    if (doc.kind !== 'convention_tripartite' || !doc.signers.includes('employer'))
      throw new AppError('signature_not_expected', {
        message: 'Ce document n’attend pas la signature d’un employeur.',
      });
    // The convention names the person who signs for the employer: they, and nobody else, sign.
    const named = (await findFinancing(trx, doc.bilan_id))?.employer_contact_name ?? null;
    if (named && !nameMatches(input.signedName, { firstName: named, lastName: '' })) {
      const message = `Le nom tapé doit être celui de la personne qui signe pour l’employeur : ${named}.`;
      throw new AppError('validation_failed', { message, fields: { signedName: message } });
    }
    await recordSignature(
      deps,
      trx,
      auditContext(actor),
      doc,
      {
        role: 'employer',
        userId: actor.userId,
        signedName: input.signedName,
        shownSha256: input.sha256,
        origin: actor,
        inPresenceOfConsultant: true,
      },
      now,
    );
    await revokeOpenSignatureLinks(trx, doc.id, now);
  });
}
