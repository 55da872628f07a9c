/** French labels of a questionnaire assignment's statuses. */
export const ASSIGNMENT_STATUS_LABELS: Record<'to_do' | 'in_progress' | 'submitted' | 'withdrawn', string> = {
  to_do: 'À commencer',
  in_progress: 'En cours',
  submitted: 'Envoyé',
  withdrawn: 'Retiré',
};
