/**
 * The questionnaires' query keys (decision 021): a bilan's list (the same for its consultant and
 * its beneficiary) and one assignment. A change invalidates only what it moves.
 */
export const questionnaireKeys = {
  all: ['questionnaires'] as const,
  /** The questionnaires proposed in a bilan. */
  ofBilan: (bilanId: string) => ['questionnaires', bilanId, 'list'] as const,
  /** One assignment: definition, answers, comments, report. */
  assignment: (id: string) => ['questionnaires', 'assignment', id] as const,
};
