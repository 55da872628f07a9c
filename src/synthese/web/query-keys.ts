/**
 * The synthesis's query keys (decision 021): the whole synthesis of a bilan (one GET, the draft for
 * the consultant, the published versions for the beneficiary). The key contains the bilan's id, so
 * a phase change (`everyQueryOfBilan`) reaches it.
 */
export const syntheseKeys = {
  all: ['synthese'] as const,
  ofBilan: (bilanId: string) => ['synthese', bilanId] as const,
};
