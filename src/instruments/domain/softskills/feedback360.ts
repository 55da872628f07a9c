/**
 * Le regard des autres (360°), pure functions over what respondents submitted.
 *
 * Anonymity rules (instruments.md §4):
 * - nothing at all is returned until at least `minRespondents` (3) distinct people have answered;
 * - a behaviour's mean is given only when at least 3 people rated it (a blank means "not observed");
 * - means are rounded to one decimal, and the spread is only qualitative (convergent / partagé):
 *   no minimum, maximum or distribution, which would be individual answers;
 * - a breakdown by relation (manager, collègue…) is given for a behaviour only when every relation
 *   present has at least 3 ratings for it, so that no answer can be recovered by subtraction;
 * - open comments are returned without author or relation, in alphabetical order.
 * Guards refuse an expired or revoked link and a second answer from the same respondent. The
 * respondent's page shows nothing about the beneficiary but their first name.
 */
import { RELATIONS, type Relation } from './definitions.ts';
import { SOFT_SKILLS } from './skills.ts';

export const MIN_RESPONDENTS = 3;

export interface RespondentSubmission {
  /** Opaque id of the invitation (never shown to the beneficiary). */
  respondentId: string;
  relation: Relation;
  /** Rating 1–4 per skill id; absent when not observed. */
  ratings: Readonly<Partial<Record<string, number>>>;
  appreciate?: string | undefined;
  advice?: string | undefined;
}

export interface SkillAggregate {
  skillId: string;
  name: string;
  raters: number;
  /** Mean of others' ratings (one decimal), or null with fewer than 3 ratings. */
  othersMean: number | null;
  spread: 'convergent' | 'partagé' | null;
  byRelation: { relation: Relation; label: string; mean: number }[];
  selfRating: number | null;
  /** self − others (one decimal), when both exist. */
  gap: number | null;
  reading: 'angle mort' | 'force cachée' | 'regards concordants' | null;
}

export type Feedback360Result =
  | { status: 'insufficient'; received: number; required: number }
  | { status: 'invalid'; code: 'duplicate_respondent' }
  | {
      status: 'ready';
      respondents: number;
      skills: SkillAggregate[];
      comments: { appreciate: string[]; advice: string[] };
    };

const round1 = (n: number) => Math.round(n * 10) / 10;
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const validRating = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 4;

/** Aggregates respondents' ratings; `selfRatings` (skill id → 1–4) enables the self–other gaps. */
export function aggregate360(
  submissions: readonly RespondentSubmission[],
  selfRatings: Readonly<Partial<Record<string, number>>> = {},
  minRespondents = MIN_RESPONDENTS,
): Feedback360Result {
  const ids = new Set(submissions.map((s) => s.respondentId));
  if (ids.size !== submissions.length) return { status: 'invalid', code: 'duplicate_respondent' };
  if (submissions.length < minRespondents)
    return { status: 'insufficient', received: submissions.length, required: minRespondents };

  const skills = SOFT_SKILLS.map((skill): SkillAggregate => {
    const rated = submissions.filter((s) => validRating(s.ratings[skill.id]));
    const values = rated.map((s) => s.ratings[skill.id] as number);
    const enough = values.length >= minRespondents;
    const othersMean = enough ? round1(mean(values)) : null;
    const relationsPresent = RELATIONS.filter((r) => rated.some((s) => s.relation === r.value));
    const breakdownSafe =
      enough &&
      relationsPresent.length > 1 &&
      relationsPresent.every((r) => rated.filter((s) => s.relation === r.value).length >= minRespondents);
    const self = validRating(selfRatings[skill.id]) ? (selfRatings[skill.id] as number) : null;
    const gap = othersMean !== null && self !== null ? round1(self - othersMean) : null;
    return {
      skillId: skill.id,
      name: skill.name,
      raters: values.length,
      othersMean,
      spread: enough ? (Math.max(...values) - Math.min(...values) <= 1 ? 'convergent' : 'partagé') : null,
      byRelation: breakdownSafe
        ? relationsPresent.map((r) => ({
            relation: r.value,
            label: r.label,
            mean: round1(mean(rated.filter((s) => s.relation === r.value).map((s) => s.ratings[skill.id] as number))),
          }))
        : [],
      selfRating: self,
      gap,
      reading: gap === null ? null : gap >= 1 ? 'angle mort' : gap <= -1 ? 'force cachée' : 'regards concordants',
    };
  });
  const texts = (pick: (s: RespondentSubmission) => string | undefined) =>
    submissions
      .map(pick)
      .filter((t): t is string => typeof t === 'string' && t.trim().length > 0)
      .map((t) => t.trim())
      .sort((a, b) => a.localeCompare(b, 'fr'));
  return {
    status: 'ready',
    respondents: submissions.length,
    skills,
    comments: { appreciate: texts((s) => s.appreciate), advice: texts((s) => s.advice) },
  };
}

export type LinkRefusal = 'link_revoked' | 'link_expired' | 'already_answered';

const LINK_MESSAGES: Record<LinkRefusal, string> = {
  link_revoked:
    'Ce lien n’est plus actif : la personne qui vous l’a envoyé l’a retiré. Vos réponses n’ont pas été enregistrées.',
  link_expired:
    'Ce lien a expiré. Vos réponses n’ont pas été enregistrées ; vous pouvez demander un nouveau lien à la personne qui vous l’a envoyé.',
  already_answered:
    'Vous avez déjà répondu avec ce lien : une seule réponse est possible. Merci pour votre participation !',
};

export interface RespondentLinkFacts {
  expiresAt: Date;
  revokedAt: Date | null;
  answeredAt: Date | null;
}

/** May a respondent open or answer through this link at `now`? Nothing is saved when refused. */
export function checkRespondentLink(
  link: RespondentLinkFacts,
  now: Date,
): { allowed: true } | { allowed: false; code: LinkRefusal; message: string } {
  const refuse = (code: LinkRefusal) => ({ allowed: false as const, code, message: LINK_MESSAGES[code] });
  if (link.revokedAt !== null && link.revokedAt.getTime() <= now.getTime()) return refuse('link_revoked');
  if (link.answeredAt !== null) return refuse('already_answered');
  if (now.getTime() >= link.expiresAt.getTime()) return refuse('link_expired');
  return { allowed: true };
}

const dateFr = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Paris',
});

/**
 * What the respondent's page may say about the beneficiary: the first name only (the first word of
 * what is given, so a full name never leaks), and the link's expiry date.
 */
export function respondentInvitation(input: { firstName: string; expiresAt: Date }): { title: string; text: string } {
  const firstName = input.firstName.trim().split(/\s+/)[0] ?? '';
  const who = firstName.length > 0 ? firstName : 'Une personne de votre entourage';
  return {
    title: `${who} vous demande votre regard`,
    text: `${who} fait le point sur son parcours professionnel et aimerait savoir comment vous percevez sa façon de travailler. Cela prend environ dix minutes. Vos réponses restent anonymes. Ce lien est valable jusqu’au ${dateFr.format(input.expiresAt)}.`,
  };
}
