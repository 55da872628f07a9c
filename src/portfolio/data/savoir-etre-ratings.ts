/**
 * The savoir-être ratings of a bilan, for the portfolio's proposals: the beneficiary's own ratings
 * from the latest submitted savoir-être questionnaire, and the others' mean ratings from its 360°
 * once enough people answered (the same aggregation as the questionnaire's report: nothing
 * individual is read out of it).
 */
import { regardOfOthers } from '../../feedback/domain/regard.ts';
import { answeredInvitations } from '../../feedback/data/invitation-repository.ts';
import { scoreSoftSkillsSelf, selfRatingMap } from '../../instruments/domain/softskills/report.ts';
import { SOFT_SKILLS_SOURCE } from '../../instruments/domain/softskills/skills.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { listAssignmentsOfBilan } from '../../questionnaires/data/assignment-repository.ts';
import type { SavoirEtreRatings } from '../domain/savoir-etre-proposals.ts';

export interface SavoirEtreSources extends SavoirEtreRatings {
  questionnaire: 'submitted' | 'not_submitted' | 'not_assigned';
  feedback: 'ready' | 'insufficient' | 'none';
}

export async function readSavoirEtreRatings(db: Trx, bilanId: string): Promise<SavoirEtreSources> {
  const assignments = (await listAssignmentsOfBilan(db, bilanId)).filter(
    (a) => a.questionnaire_id === SOFT_SKILLS_SOURCE.instrumentId && a.withdrawn_at === null,
  );
  const submitted = assignments.filter((a) => a.submitted_at !== null).at(-1);
  const latest = submitted ?? assignments.at(-1);
  if (!latest) return { questionnaire: 'not_assigned', feedback: 'none', self: {}, others: {} };
  const selfAnswers = submitted ? submitted.answers : {};
  const received = await answeredInvitations(db, latest.id);
  const regard = received.length > 0 ? regardOfOthers(received, selfAnswers) : undefined;
  return {
    questionnaire: submitted ? 'submitted' : 'not_submitted',
    feedback: regard === undefined ? 'none' : regard.status === 'ready' ? 'ready' : 'insufficient',
    self: submitted ? selfRatingMap(scoreSoftSkillsSelf(selfAnswers)) : {},
    others:
      regard?.status === 'ready' ? Object.fromEntries(regard.skills.map((s) => [s.skillId, s.othersMean])) : {},
  };
}
