/** French labels of the follow-up interview and the EDOF declarations. */
export const FOLLOW_UP_STATE_LABELS: Record<
  'offered' | 'declined' | 'accepted' | 'planned' | 'held' | 'missed',
  string
> = {
  offered: 'Proposé, en attente de réponse',
  declined: 'Décliné par le ou la bénéficiaire',
  accepted: 'Accepté : la date sera fixée à la fin du bilan',
  planned: 'Prévu',
  held: 'Réalisé',
  missed: 'Non réalisé',
};

export const FOLLOW_UP_OUTCOME_LABELS: Record<
  'project_done' | 'project_in_progress' | 'project_preparing' | 'project_changed' | 'project_paused' | 'missed',
  string
> = {
  project_done: 'Projet réalisé',
  project_in_progress: 'Projet en cours de réalisation',
  project_preparing: 'Projet en préparation',
  project_changed: 'Projet modifié',
  project_paused: 'Projet en pause',
  missed: 'Entretien non réalisé (pas de réponse ou absence)',
};

export const EDOF_KIND_LABELS: Record<'entry' | 'exit', string> = {
  entry: 'Entrée en formation',
  exit: 'Sortie et service fait',
};
