/**
 * « Renvoyer » for the employer's signature link (decision 026): the consultant of the bilan sends
 * a new link for the current tripartite convention, to the employer contact's address as it stands
 * in the financing, and every earlier unused link stops working. Refused once the employer has
 * signed, the convention replaced, or the financing closed; anything out of reach is 404.
 */
import { AppError } from '../../shared/errors.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { assertOpen } from '../../bilans/data/bilan-access.ts';
import { readDocumentFacts } from '../data/document-facts.ts';
import { lockReachableDocument } from '../data/document-repository.ts';
import { listDocumentSignatures } from '../data/signature-repository.ts';
import { loadFinancing } from '../../financing/data/financing-repository.ts';
import { issueSignatureLink } from './issue-signature-link.ts';

const CLOSED_FINANCING = ['signed', 'refused', 'abandoned', 'invoiced', 'paid'];

export async function resendSignatureLink(deps: Deps, actor: Actor, documentId: string): Promise<void> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const { doc, bilan } = await lockReachableDocument(trx, actor, documentId);
    assertOpen(bilan);
    const refuse = (message: string) => new AppError('document_refused', { message });
    if (doc.kind !== 'convention_tripartite' || !doc.signers.includes('employer'))
      throw refuse('Seule la convention tripartite se signe par un lien envoyé à l’employeur.');
    if (doc.superseded_at) throw refuse('Cette convention a été remplacée : renvoyez le lien de la version en cours.');
    const signatures = await listDocumentSignatures(trx, [doc.id]);
    if (signatures.some((s) => s.signer_role === 'employer'))
      throw refuse('L’employeur a déjà signé cette convention.');
    const facts = await readDocumentFacts(trx, bilan.id);
    const financing = await loadFinancing(trx, facts.row);
    if (CLOSED_FINANCING.includes(financing.status))
      throw refuse('Le dossier de financement ne permet plus d’envoyer la convention à signer.');
    if (!financing.employer_contact_email)
      throw refuse('Indiquez d’abord l’adresse e-mail du contact de l’employeur dans la section « Financement ».');
    await issueSignatureLink(
      deps,
      trx,
      {
        organisationId: actor.organisationId,
        organisationName: facts.organisation.name,
        bilanId: bilan.id,
        documentId: doc.id,
        employerEmail: financing.employer_contact_email,
        contactName: financing.employer_contact_name,
        beneficiaryName: `${facts.beneficiary.firstName} ${facts.beneficiary.lastName}`,
        context: auditContext(actor),
        resent: true,
      },
      now,
    );
  });
  deps.emailsQueued();
}
