/** The financing's query keys (decision 021): a bilan's financing record. */
export const financingKeys = {
  all: ['financing'] as const,
  ofBilan: (bilanId: string) => ['financing', 'bilan', bilanId] as const,
};
