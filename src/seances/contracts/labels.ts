/** French labels of the séances' statuses and modes. */
export const SEANCE_STATUS_LABELS: Record<'planned' | 'held' | 'cancelled' | 'no_show', string> = {
  planned: 'Planifiée',
  held: 'Réalisée',
  cancelled: 'Annulée',
  no_show: 'Absence',
};

export const SEANCE_MODE_LABELS: Record<'in_person' | 'remote' | 'personal_work', string> = {
  in_person: 'En présentiel',
  remote: 'À distance (visioconférence)',
  personal_work: 'Travail personnel',
};
