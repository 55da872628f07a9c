/**
 * The complaints and incidents register (Qualiopi indicator 31) and the improvement actions
 * register (indicator 32): their lists of values with French labels, their limits, and the
 * consistency of a complaint's dates and status. Pure.
 */

export const COMPLAINT_CHANNELS = ['formulaire', 'email', 'telephone', 'courrier', 'entretien', 'autre'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];
export const COMPLAINT_CHANNEL_LABELS: Record<ComplaintChannel, string> = {
  formulaire: 'Formulaire de la page publique',
  email: 'Courriel',
  telephone: 'Téléphone',
  courrier: 'Courrier',
  entretien: 'Lors d’un entretien',
  autre: 'Autre',
};

export const COMPLAINANT_ROLES = ['beneficiaire', 'employeur', 'financeur', 'autre'] as const;
export type ComplainantRole = (typeof COMPLAINANT_ROLES)[number];
export const COMPLAINANT_ROLE_LABELS: Record<ComplainantRole, string> = {
  beneficiaire: 'Bénéficiaire',
  employeur: 'Employeur',
  financeur: 'Financeur',
  autre: 'Autre',
};

/** A complaint, a difficulty met during the bilan, or an incident (indicator 31 names all three). */
export const COMPLAINT_KINDS = ['reclamation', 'difficulte', 'incident'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];
export const COMPLAINT_KIND_LABELS: Record<ComplaintKind, string> = {
  reclamation: 'Réclamation',
  difficulte: 'Difficulté rencontrée',
  incident: 'Aléa ou incident',
};

export const COMPLAINT_STATUSES = ['recue', 'en_cours', 'resolue', 'sans_suite'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = {
  recue: 'Reçue',
  en_cours: 'En cours de traitement',
  resolue: 'Résolue',
  sans_suite: 'Classée sans suite',
};

export const ACTION_SOURCES = ['reclamation', 'evaluation', 'audit', 'veille', 'autre'] as const;
export type ActionSource = (typeof ACTION_SOURCES)[number];
export const ACTION_SOURCE_LABELS: Record<ActionSource, string> = {
  reclamation: 'Réclamation',
  evaluation: 'Évaluation (appréciations recueillies)',
  audit: 'Audit',
  veille: 'Veille',
  autre: 'Autre',
};

export const ACTION_STATUSES = ['prevue', 'en_cours', 'realisee', 'abandonnee'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  prevue: 'Prévue',
  en_cours: 'En cours',
  realisee: 'Réalisée',
  abandonnee: 'Abandonnée',
};

/** Text limits, the same as the database's CHECKs. */
export const REGISTER_LIMITS = {
  name: 200,
  contact: 254,
  description: 4000,
  answer: 4000,
  action: 2000,
  owner: 200,
  effect: 2000,
} as const;

export interface ComplaintDates {
  receivedOn: string;
  acknowledgedOn: string | null;
  resolvedOn: string | null;
  status: ComplaintStatus;
  answer: string | null;
}

/**
 * What is inconsistent in a complaint's dates and status, by field (French), empty when none:
 * no date before the complaint was received nor after today; « résolue » needs its resolution
 * date and the answer given, and a resolution date means « résolue ».
 */
export function complaintDateIssues(c: ComplaintDates, today: string): Record<string, string> {
  const issues: Record<string, string> = {};
  if (c.receivedOn > today) issues['receivedOn'] = 'La date de réception ne peut pas être dans le futur.';
  if (c.acknowledgedOn !== null) {
    if (c.acknowledgedOn < c.receivedOn)
      issues['acknowledgedOn'] = 'L’accusé de réception ne peut pas précéder la réception de la réclamation.';
    else if (c.acknowledgedOn > today)
      issues['acknowledgedOn'] = 'L’accusé de réception ne peut pas être dans le futur.';
  }
  if (c.resolvedOn !== null) {
    if (c.resolvedOn < c.receivedOn)
      issues['resolvedOn'] = 'La résolution ne peut pas précéder la réception de la réclamation.';
    else if (c.resolvedOn > today) issues['resolvedOn'] = 'La date de résolution ne peut pas être dans le futur.';
    else if (c.status !== 'resolue') issues['status'] = 'Une réclamation avec une date de résolution est « résolue ».';
  }
  if (c.status === 'resolue') {
    if (c.resolvedOn === null) issues['resolvedOn'] = 'Indiquez la date de résolution.';
    if (c.answer === null) issues['answer'] = 'Indiquez la réponse apportée.';
  }
  return issues;
}

/** Whether a complaint is still being handled. */
export const isOpenComplaint = (status: ComplaintStatus) => status === 'recue' || status === 'en_cours';

/** Whether an action is still to be carried out, and late on `today`. */
export const isOverdueAction = (a: { status: ActionStatus; dueOn: string | null }, today: string) =>
  (a.status === 'prevue' || a.status === 'en_cours') && a.dueOn !== null && a.dueOn < today;

/**
 * How often one IP address may send the public complaint form: a handful per hour, enough for a
 * person who corrects a mistake, too few for a script (the contact form's rule, intake).
 */
export const COMPLAINT_IP_THROTTLE = { maxFailures: 5, windowMs: 60 * 60_000, blockMs: 60 * 60_000 } as const;
