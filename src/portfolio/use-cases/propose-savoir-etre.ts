/**
 * Savoir-être proposed to the portfolio from the savoir-être questionnaire and its 360° (issue 12
 * § 3): those the beneficiary rates « Souvent » or more, or the others do on average, minus what
 * the portfolio holds and what was rejected. Says whether the questionnaire is submitted and the
 * 360° readable, so the screen can explain an empty list. Readable after the bilan has ended.
 */
import { readBilan } from '../../bilans/data/bilan-access.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import type { SavoirEtreProposalsView } from '../contracts/schemas.ts';
import { decidedCodes } from '../data/competence-repository.ts';
import { readSavoirEtreRatings } from '../data/savoir-etre-ratings.ts';
import { proposeSavoirEtre } from '../domain/savoir-etre-proposals.ts';

export async function proposeSavoirEtreCompetences(
  deps: Deps,
  actor: Actor,
  bilanId: string,
): Promise<SavoirEtreProposalsView> {
  requireRole(actor, 'consultant', 'beneficiary');
  const bilan = await readBilan(deps.db, actor, bilanId, 'either');
  const [sources, decided] = await Promise.all([
    readSavoirEtreRatings(deps.db, bilan.id),
    decidedCodes(deps.db, bilan.id),
  ]);
  return {
    questionnaire: sources.questionnaire,
    feedback: sources.feedback,
    proposals: proposeSavoirEtre(sources, decided),
  };
}
