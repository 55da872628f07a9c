/**
 * The portfolio's query keys (decision 021): the whole portfolio of a bilan (one GET), the ROME
 * proposals of one experience, the savoir-être proposals. Keys contain the bilan's id, so a phase
 * change (`everyQueryOfBilan`) reaches them.
 */
export const portfolioKeys = {
  all: ['portfolio'] as const,
  ofBilan: (bilanId: string) => ['portfolio', bilanId] as const,
  proposals: (bilanId: string, experienceId: string) => ['portfolio', bilanId, 'proposals', experienceId] as const,
  savoirEtre: (bilanId: string) => ['portfolio', bilanId, 'savoir-etre'] as const,
};
