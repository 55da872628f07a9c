/**
 * The consultant recomputes the passages proposed from the dossier (portfolio, instruments with
 * their cautions, pistes, action plan, follow-up offer…): new ones appear, undecided ones the
 * dossier no longer gives go away, accepted and rejected ones stay (decision 043).
 */
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { SyntheseDraftSectionView } from '../contracts/schemas.ts';
import { readDossierFacts } from '../data/dossier-facts.ts';
import { refreshProposals as storeProposals } from '../data/proposal-repository.ts';
import { ensureSynthese } from '../data/synthese-repository.ts';
import { buildSyntheseView, readSyntheseState } from '../data/synthese-view.ts';
import { findApproval } from '../data/version-repository.ts';
import { prefill } from '../domain/prefill.ts';

export async function refreshProposals(
  deps: Deps,
  actor: Actor,
  bilanId: string,
): Promise<{ sections: SyntheseDraftSectionView[] }> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'consultant');
    assertOpen(bilan);
    const synthese = await ensureSynthese(trx, bilan, now);
    if (await findApproval(trx, synthese.id)) throw new AppError('synthese_already_approved');
    const facts = await readDossierFacts(trx, bilan.organisation_id, bilan.id);
    await storeProposals(trx, synthese, prefill(facts.prefill), now);
    const view = await buildSyntheseView(trx, bilan, 'consultant', await readSyntheseState(trx, bilan.id));
    return { sections: view.draft! };
  });
}
