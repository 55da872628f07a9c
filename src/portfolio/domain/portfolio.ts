/**
 * The beneficiary's portfolio (issue 12, decision 038): what an experience and a competence are,
 * their French names, the limits of their texts, and the pure rules the use cases apply (a
 * period, the folding that makes « Accueil du public » and « accueil du PUBLIC » one competence).
 */

/** Experiences of the parcours: jobs, volunteering, personal life, training and diplomas. */
export const EXPERIENCE_KINDS = ['professional', 'volunteer', 'personal', 'training'] as const;
export type ExperienceKind = (typeof EXPERIENCE_KINDS)[number];

export const EXPERIENCE_KIND_LABELS: Record<ExperienceKind, string> = {
  professional: 'Expérience professionnelle',
  volunteer: 'Bénévolat',
  personal: 'Vie personnelle',
  training: 'Formation ou diplôme',
};

/** « Je sais… », « J’ai fait… », « Je suis… » (domain.md § 2). */
export const COMPETENCE_KINDS = ['savoir', 'savoir_faire', 'savoir_etre'] as const;
export type PortfolioCompetenceKind = (typeof COMPETENCE_KINDS)[number];

export const COMPETENCE_KIND_LABELS: Record<PortfolioCompetenceKind, string> = {
  savoir: 'Savoir',
  savoir_faire: 'Savoir-faire',
  savoir_etre: 'Savoir-être',
};

/** Where a competence came from: typed by a person, kept from a ROME proposal, the savoir-être questionnaire, the 360°. */
export const COMPETENCE_ORIGINS = ['declared', 'rome', 'questionnaire', 'feedback_360'] as const;
export type CompetenceOrigin = (typeof COMPETENCE_ORIGINS)[number];

export const COMPETENCE_ORIGIN_LABELS: Record<CompetenceOrigin, string> = {
  declared: 'Déclarée',
  rome: 'Proposée par le ROME',
  questionnaire: 'Issue du questionnaire savoir-être',
  feedback_360: 'Issue du regard des autres (360°)',
};

/** Satisfaction with an experience, 1 (a low) to 5 (a high): the highs and lows of the career. */
export const SATISFACTION_MIN = 1;
export const SATISFACTION_MAX = 5;

export const LIMITS = {
  title: 200,
  employerOrContext: 200,
  /** Activities, achievements, liked, disliked. */
  longText: 5000,
  competenceLabel: 200,
  domainLabel: 120,
  comment: 2000,
  /** Items of one list in one request (reorder, proposals decided, evidence). */
  items: 1000,
} as const;

/** A ROME OGR code: 1 to 6 digits, kept as text. */
export const OGR_CODE = /^[0-9]{1,6}$/;

/**
 * The key under which two labels are the same competence or domain: accents, case, apostrophes,
 * dashes and runs of spaces folded, so « Travail d’équipe » and « travail d'EQUIPE » collide.
 */
export function labelKey(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐-―−]/g, '-')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A French number of characters: 10 000. */
export function frenchCount(n: number): string {
  return new Intl.NumberFormat('fr-FR').format(n).replace(/\u202f/g, '\u00a0');
}

export interface PeriodProblems {
  startedOn?: string;
  endedOn?: string;
}

/**
 * What is wrong with a period, field by field: a start after today (a past experience cannot
 * start in the future), an end before the start. An end in the future is allowed (a training
 * whose end is planned). Dates are AAAA-MM-JJ, `today` the day in Paris.
 */
export function periodProblems(startedOn: string, endedOn: string | null, today: string): PeriodProblems {
  const problems: PeriodProblems = {};
  if (startedOn > today) problems.startedOn = 'La date de début ne peut pas être dans le futur.';
  if (endedOn !== null && endedOn < startedOn)
    problems.endedOn = 'La date de fin ne peut pas être antérieure à la date de début.';
  return problems;
}
