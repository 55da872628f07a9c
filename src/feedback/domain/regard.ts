/**
 * Le regard des autres (360°) on the soft skills: the rules of the links (expiring, one per
 * person, a limited number), what only the soft-skills instrument allows, and the aggregate of the
 * answers received (nothing individual leaves it; domain: instruments' softskills/feedback360.ts).
 */
import {
  ADVICE_QUESTION,
  APPRECIATE_QUESTION,
  RELATION_QUESTION,
  otherRatingId,
  type Relation,
} from '../../instruments/domain/softskills/definitions.ts';
import {
  aggregate360,
  checkRespondentLink,
  type Feedback360Result,
  type RespondentSubmission,
} from '../../instruments/domain/softskills/feedback360.ts';
import { selfRatingMap, scoreSoftSkillsSelf } from '../../instruments/domain/softskills/report.ts';
import { SOFT_SKILLS, SOFT_SKILLS_SOURCE } from '../../instruments/domain/softskills/skills.ts';
import { AppError } from '../../shared/errors.ts';

export const LINK_DAYS = 21;
export const MAX_INVITATIONS = 15;

/** Only the soft-skills instrument asks for others' regard: anything else is not found. */
export function requireSoftSkills(row: { questionnaire_id: string }): void {
  if (row.questionnaire_id !== SOFT_SKILLS_SOURCE.instrumentId) throw new AppError('not_found');
}

/** Refuses a link that no longer opens (expired, revoked, answered, or its questionnaire withdrawn). */
export function assertLinkOpen(
  link: { expires_at: Date; revoked_at: Date | null; answered_at: Date | null; withdrawn_at: Date | null },
  now: Date,
): void {
  const check = checkRespondentLink(
    { expiresAt: link.expires_at, revokedAt: link.revoked_at ?? link.withdrawn_at, answeredAt: link.answered_at },
    now,
  );
  if (!check.allowed) throw new AppError('feedback_closed', { message: check.message });
}

/** The aggregated regard of others from the answers received and the beneficiary's own answers. */
export function regardOfOthers(
  received: { id: string; answers: Record<string, unknown> | null }[],
  selfAnswers: Record<string, unknown>,
): Feedback360Result {
  const submissions: RespondentSubmission[] = received.map((r) => {
    const a = r.answers ?? {};
    const ratings: Record<string, number> = {};
    for (const skill of SOFT_SKILLS) {
      const v = a[otherRatingId(skill.id)];
      if (typeof v === 'number') ratings[skill.id] = v;
    }
    return {
      respondentId: r.id,
      relation: a[RELATION_QUESTION] as Relation,
      ratings,
      appreciate: typeof a[APPRECIATE_QUESTION] === 'string' ? (a[APPRECIATE_QUESTION] as string) : undefined,
      advice: typeof a[ADVICE_QUESTION] === 'string' ? (a[ADVICE_QUESTION] as string) : undefined,
    };
  });
  return aggregate360(submissions, selfRatingMap(scoreSoftSkillsSelf(selfAnswers)));
}
