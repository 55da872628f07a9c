/**
 * The documents of a bilan for its consultant and its beneficiary: each version with its
 * signatures, whether it awaits the reader's signature, and what the consultant can generate.
 */
import { DOCUMENT_TITLES, type SignerRole } from '../domain/builders.ts';
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

export async function listDocuments(deps: Deps, actor: Actor, bilanId: string): Promise<BilanDocuments> {
  requireRole(actor, 'consultant', 'beneficiary');
  return deps.db.transaction().execute(async (trx) => {
    await readBilan(trx, actor, bilanId, 'either');
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
    return {
      bilanId,
      financing: bilan.financing,
      generatable:
        actor.role === 'consultant' && !closed
          ? generatableKinds(bilan.financing).map((kind) => ({ kind, title: DOCUMENT_TITLES[kind] }))
          : [],
      documents: docs.map((d) => documentView(d, signatures, role)),
    };
  });
}
