/**
 * The exploration's query keys (decision 021): the whole exploration of a bilan (one GET), its job
 * suggestions, and the interview guide of one piste. Keys contain the bilan's id, so a phase change
 * (`everyQueryOfBilan`) reaches them.
 */
export const explorationKeys = {
  all: ['exploration'] as const,
  ofBilan: (bilanId: string) => ['exploration', bilanId] as const,
  suggestions: (bilanId: string) => ['exploration', bilanId, 'suggestions'] as const,
  guide: (bilanId: string, pisteId: string) => ['exploration', bilanId, 'guide', pisteId] as const,
};
