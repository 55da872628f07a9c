/**
 * The action plan's query keys (decision 021): the plan of a bilan (one GET). The key contains
 * the bilan's id, so a phase change (`everyQueryOfBilan`) reaches it.
 */
export const actionPlanKeys = {
  all: ['action-plan'] as const,
  ofBilan: (bilanId: string) => ['action-plan', bilanId] as const,
};
