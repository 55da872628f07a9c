/**
 * The consultant accepts a pre-filled passage (appended to its section's text, which they may then
 * rewrite freely) or rejects it (decision 043). Nothing proposed reaches the beneficiary otherwise.
 */
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import { frenchCount } from '../../portfolio/domain/portfolio.ts';
import type { DecideProposal, SyntheseDraftSectionView } from '../contracts/schemas.ts';
import { decideProposal as storeDecision, findProposal } from '../data/proposal-repository.ts';
import { findSection, findSynthese, writeSection } from '../data/synthese-repository.ts';
import { readDraftSection } from '../data/synthese-view.ts';
import { findApproval } from '../data/version-repository.ts';
import { SYNTHESE_LIMITS } from '../domain/model.ts';
import { appendPassage } from '../domain/prefill.ts';

export async function decideProposal(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  proposalId: string,
  input: DecideProposal,
): Promise<{ section: SyntheseDraftSectionView }> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'consultant');
    assertOpen(bilan);
    const synthese = await findSynthese(trx, bilan.id);
    if (!synthese) notFound();
    const proposal = await findProposal(trx, synthese.id, proposalId);
    if (!proposal) notFound();
    if (await findApproval(trx, synthese.id)) throw new AppError('synthese_already_approved');
    if (proposal.status !== 'pending') throw new AppError('synthese_proposal_decided');
    if (input.decision === 'accept') {
      const section = await findSection(trx, synthese.id, proposal.section_key);
      const text = appendPassage(section?.text ?? '', proposal.text);
      if (text.length > SYNTHESE_LIMITS.sectionText) {
        const message = `Avec ce passage, la partie dépasserait ${frenchCount(SYNTHESE_LIMITS.sectionText)} caractères : raccourcissez d’abord son texte.`;
        throw new AppError('validation_failed', { message, fields: { decision: message } });
      }
      await writeSection(trx, synthese, proposal.section_key, {
        text,
        by: actor.userId,
        now,
        previousRevision: section?.revision ?? 0,
      });
    }
    await storeDecision(trx, proposal.id, {
      status: input.decision === 'accept' ? 'accepted' : 'rejected',
      by: actor.userId,
      now,
    });
    return { section: await readDraftSection(trx, bilan, proposal.section_key) };
  });
}
