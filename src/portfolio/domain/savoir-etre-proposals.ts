/**
 * Savoir-être proposed from the savoir-être questionnaire (the beneficiary's own rating) and from
 * le regard des autres (the 360°, once enough people answered): the skills rated « Souvent » or
 * more (3 of 4) by the person or, on average, by the others. Those seen by both come first. What
 * the portfolio already holds (same label, folded) and what was rejected are left out. Nothing
 * enters the portfolio without a person's choice. Pure: the ratings come from the instruments.
 */
import { SOFT_SKILLS } from '../../instruments/domain/softskills/skills.ts';
import { labelKey } from './portfolio.ts';

/** « Souvent » on the instrument's scale of 1 to 4. */
export const PROPOSED_FROM_RATING = 3;

export const SAVOIR_ETRE_IDS = SOFT_SKILLS.map((s) => s.id) as [string, ...string[]];

/** The key of a rejected savoir-être proposal. */
export const savoirEtreProposal = (skillId: string) => `savoir-etre:${skillId}`;

export interface SavoirEtreRatings {
  /** Skill id → the person's own rating (1–4), from the submitted questionnaire. */
  self: Readonly<Record<string, number>>;
  /** Skill id → the others' mean rating, when the 360° has enough answers. */
  others: Readonly<Record<string, number | null>>;
}

export interface SavoirEtreProposal {
  skillId: string;
  label: string;
  /** Where it comes from: the 360° when the others see it, else the questionnaire. */
  origin: 'questionnaire' | 'feedback_360';
  selfRating: number | null;
  othersMean: number | null;
}

export function proposeSavoirEtre(
  ratings: SavoirEtreRatings,
  decided: { labelKeys: ReadonlySet<string>; rejected: ReadonlySet<string> },
): SavoirEtreProposal[] {
  const proposals: (SavoirEtreProposal & { both: boolean; best: number })[] = [];
  for (const skill of SOFT_SKILLS) {
    const self = ratings.self[skill.id] ?? null;
    const others = ratings.others[skill.id] ?? null;
    const bySelf = self !== null && self >= PROPOSED_FROM_RATING;
    const byOthers = others !== null && others >= PROPOSED_FROM_RATING;
    if (!bySelf && !byOthers) continue;
    if (decided.rejected.has(savoirEtreProposal(skill.id)) || decided.labelKeys.has(labelKey(skill.name))) continue;
    proposals.push({
      skillId: skill.id,
      label: skill.name,
      origin: byOthers ? 'feedback_360' : 'questionnaire',
      selfRating: self,
      othersMean: others,
      both: bySelf && byOthers,
      best: Math.max(self ?? 0, others ?? 0),
    });
  }
  const collator = new Intl.Collator('fr', { sensitivity: 'base' });
  return proposals
    .sort((a, b) => Number(b.both) - Number(a.both) || b.best - a.best || collator.compare(a.label, b.label))
    .map(({ both: _both, best: _best, ...proposal }) => proposal);
}
