/**
 * The documents of a bilan for its consultant and its beneficiary: each version with its
 * signatures, whether it awaits the reader's signature, what the consultant can generate, what
 * must still be filled in before the quote, the contract or the convention can be produced, and
 * for the consultant the employer's signature link still awaited (to send it again).
 */
import { DOCUMENT_TITLES, type SignerRole } from '../domain/builders.ts';
import type { EmployerLinkView } from '../contracts/schemas.ts';
import { latestSignatureLinks } from '../data/signature-link-repository.ts';
import { generatableKinds } from '../domain/facts.ts';
import { documentView } from '../domain/document-view.ts';
import type { BilanDocuments } from '../contracts/schemas.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { isOpen } from '../../bilans/domain/phases.ts';
import { readBilan } from '../../bilans/data/bilan-access.ts';
import { readBilanFinancing } from '../../bilans/data/bilan-repository.ts';
import { listBilanDocuments } from '../data/document-repository.ts';
import { listDocumentSignatures } from '../data/signature-repository.ts';
import { missingMentions } from '../domain/mentions.ts';
import { findFinancing } from '../../financing/data/financing-repository.ts';
import { financingType } from '../../financing/domain/catalog.ts';
import { workingTimeApplies } from '../../financing/domain/prestation.ts';
import { readOrganisation } from '../../organisation/data/organisation-repository.ts';

export async function listDocuments(deps: Deps, actor: Actor, bilanId: string): Promise<BilanDocuments> {
  requireRole(actor, 'consultant', 'beneficiary');
  return deps.db.transaction().execute(async (trx) => {
    const reached = await readBilan(trx, actor, bilanId, 'either');
    const bilan = await readBilanFinancing(trx, bilanId);
    const closed = !isOpen(bilan.phase);
    const docs = await listBilanDocuments(trx, bilanId);
    const signatures = docs.length
      ? await listDocumentSignatures(
          trx,
          docs.map((d) => d.id),
        )
      : [];
    // Nothing more is signed on a closed bilan.
    const role: SignerRole | null = closed ? null : actor.role === 'beneficiary' ? 'beneficiary' : 'provider';
    let employerLink: EmployerLinkView | null = null;
    const convention = docs.find((d) => d.kind === 'convention_tripartite' && d.superseded_at === null);
    const employerSigned = signatures.some((s) => s.document_id === convention?.id && s.signer_role === 'employer');
    if (actor.role === 'consultant' && !closed && convention?.signers.includes('employer') && !employerSigned) {
      const [link] = await latestSignatureLinks(trx, [convention.id]);
      if (link && link.used_at === null)
        employerLink = {
          documentId: convention.id,
          title: DOCUMENT_TITLES[convention.kind],
          email: link.email,
          sentAt: link.created_at.toISOString(),
          expiresAt: link.expires_at.toISOString(),
          expired: link.expires_at.getTime() <= deps.clock.now().getTime(),
          signerName: (await findFinancing(trx, bilanId))?.employer_contact_name ?? null,
        };
    }
    let missing: BilanDocuments['missing'] = [];
    if (actor.role === 'consultant' && !closed) {
      const financing = await findFinancing(trx, bilanId);
      const organisation = await readOrganisation(trx, reached.organisation_id);
      missing = missingMentions('devis', {
        priceCents: financing?.price_cents ?? null,
        plannedStartOn: financing?.planned_start_on ?? null,
        plannedEndOn: financing?.planned_end_on ?? null,
        modality: financing?.modality ?? null,
        places: financing?.places ?? null,
        personalWorkMinutes: financing?.personal_work_minutes ?? null,
        workingTime: financing?.working_time ?? null,
        workingTimeApplies: workingTimeApplies(financingType(bilan.financing)),
        vatRegime: organisation.vat_regime,
        signatoryName: organisation.signatory_name && organisation.signatory_role ? organisation.signatory_name : null,
      });
    }
    return {
      bilanId,
      financing: bilan.financing,
      missing,
      generatable:
        actor.role === 'consultant' && !closed
          ? generatableKinds(bilan.financing).map((kind) => ({ kind, title: DOCUMENT_TITLES[kind] }))
          : [],
      documents: docs.map((d) => documentView(d, signatures, role)),
      employerLink,
    };
  });
}
