/**
 * The exploration's vocabulary (issue 13, decision 041): what a piste is, its statuses, the
 * feasibility criteria and their assessments, the funding routes of a training need, the kinds of
 * enquête métier, and the limits of every text. The French labels are the ones people read.
 */

export const PISTE_KINDS = ['rome_fiche', 'appellation', 'free_project', 'business_creation'] as const;
export type PisteKind = (typeof PISTE_KINDS)[number];
export const PISTE_KIND_LABELS: Record<PisteKind, string> = {
  rome_fiche: 'Métier du ROME',
  appellation: 'Appellation du ROME',
  free_project: 'Projet en mots libres',
  business_creation: 'Création ou reprise d’entreprise',
};

export const PISTE_STATUSES = ['a_explorer', 'en_enquete', 'retenue', 'plan_b', 'ecartee'] as const;
export type PisteStatus = (typeof PISTE_STATUSES)[number];
export const PISTE_STATUS_LABELS: Record<PisteStatus, string> = {
  a_explorer: 'À explorer',
  en_enquete: 'En enquête',
  retenue: 'Retenue',
  plan_b: 'Plan B',
  ecartee: 'Écartée',
};

export const PISTE_ORIGINS = ['manual', 'suggestion', 'job_sheet'] as const;
export type PisteOrigin = (typeof PISTE_ORIGINS)[number];
export const PISTE_ORIGIN_LABELS: Record<PisteOrigin, string> = {
  manual: 'Ajoutée à la main',
  suggestion: 'Ajoutée depuis une suggestion de métiers',
  job_sheet: 'Ajoutée depuis une fiche métier',
};

/** The feasibility criteria filled together (the skill gap is computed, not typed). */
export const CRITERIA = ['training', 'market', 'pay', 'place', 'constraints'] as const;
export type Criterion = (typeof CRITERIA)[number];
export const CRITERION_LABELS: Record<Criterion, string> = {
  training: 'Formation nécessaire',
  market: 'Ce que montre le marché du travail',
  pay: 'Rémunération',
  place: 'Lieu, mobilité',
  constraints: 'Contraintes',
};

export const ASSESSMENTS = ['favourable', 'mixed', 'unfavourable'] as const;
export type Assessment = (typeof ASSESSMENTS)[number];
export const ASSESSMENT_LABELS: Record<Assessment, string> = {
  favourable: 'Favorable',
  mixed: 'Mitigé',
  unfavourable: 'Défavorable',
};

export const FUNDING_ROUTES = ['cpf', 'ptp', 'vae', 'employer', 'other'] as const;
export type FundingRoute = (typeof FUNDING_ROUTES)[number];
export const FUNDING_ROUTE_LABELS: Record<FundingRoute, string> = {
  cpf: 'Compte personnel de formation (CPF)',
  ptp: 'Projet de transition professionnelle',
  vae: 'Validation des acquis de l’expérience (VAE)',
  employer: 'Employeur (plan de développement des compétences)',
  other: 'Autre financement',
};

export const ENQUETE_KINDS = ['interview', 'immersion', 'source'] as const;
export type EnqueteKind = (typeof ENQUETE_KINDS)[number];
export const ENQUETE_KIND_LABELS: Record<EnqueteKind, string> = {
  interview: 'Entretien avec un·e professionnel·le',
  immersion: 'Immersion (PMSMP)',
  source: 'Source d’information',
};

export const DEBRIEF_EFFECTS = ['strengthens', 'neutral', 'weakens'] as const;
export type DebriefEffect = (typeof DEBRIEF_EFFECTS)[number];
export const DEBRIEF_EFFECT_LABELS: Record<DebriefEffect, string> = {
  strengthens: 'Renforce la faisabilité',
  neutral: 'Ne change pas la faisabilité',
  weakens: 'Affaiblit la faisabilité',
};

export const QUESTION_TOPICS = ['parcours', 'activites', 'contextes', 'acces', 'marche', 'libre'] as const;
export type QuestionTopic = (typeof QUESTION_TOPICS)[number];

export const DESIRE_MIN = 1;
export const DESIRE_MAX = 5;

export const LIMITS = {
  title: 200,
  longText: 5000,
  statusReason: 2000,
  originReason: 500,
  originReasons: 20,
  trainingContent: 2000,
  shortLine: 200,
  contactName: 120,
  email: 254,
  phone: 40,
  url: 2000,
  questionText: 500,
  questionNotes: 5000,
  questions: 40,
  setAsideReason: 1000,
  /** Items of one bilan: pistes; of one piste: training needs and enquêtes. */
  pistes: 60,
  perPiste: 60,
} as const;

/** A ROME fiche code: a letter and four digits (« M1607 »). */
export const CODE_ROME = /^[A-Z][0-9]{4}$/;

/**
 * Shown beside the constraints: what may be written there, without any health detail (the
 * bilan's file is not a medical file; a constraint is noted by what it implies for the job).
 */
export const CONSTRAINTS_REMINDER =
  'Notez les contraintes par ce qu’elles impliquent pour le métier (horaires, déplacements, port de charges, travail de nuit…), sans aucun détail sur la santé.';
