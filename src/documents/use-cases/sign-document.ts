/**
 * Signing a document (a quote, a contract, a convention) from a Sillage account: the beneficiary
 * or the consultant of an open bilan types their name and signs the exact PDF they were shown
 * (simple electronic signature, decision 015).
 */
import { nameMatches } from '../../seances/domain/attendance.ts';
import type { SignDocument } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { SignerRole } from '../domain/builders.ts';
import { isOpen } from '../../bilans/domain/phases.ts';
import { lockReachableDocument } from '../data/document-repository.ts';
import { readDocumentFacts } from '../data/document-facts.ts';
import { recordSignature } from './record-signature.ts';

export async function signDocument(deps: Deps, actor: Actor, documentId: string, input: SignDocument): Promise<void> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const { doc, bilan } = await lockReachableDocument(trx, actor, documentId);
    if (!isOpen(bilan.phase)) throw new AppError('bilan_closed');
    const role: SignerRole = actor.role === 'beneficiary' ? 'beneficiary' : 'provider';
    // The signer is the bilan's beneficiary or its consultant (reached as such above).
    const facts = await readDocumentFacts(trx, doc.bilan_id);
    const person = role === 'beneficiary' ? facts.beneficiary : facts.consultant;
    if (!nameMatches(input.signedName, { firstName: person.firstName, lastName: person.lastName })) {
      throw new AppError('validation_failed', {
        message: 'Le nom tapé ne correspond pas au vôtre.',
        fields: { signedName: 'Le nom tapé ne correspond pas au vôtre.' },
      });
    }
    await recordSignature(
      deps,
      trx,
      auditContext(actor),
      doc,
      { role, userId: actor.userId, signedName: input.signedName, shownSha256: input.sha256, origin: actor },
      now,
    );
  });
}
