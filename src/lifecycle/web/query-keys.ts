/** The lifecycle's query keys (decision 021): the lifecycle of a bilan (one GET), keyed by its id. */
export const lifecycleKeys = {
  all: ['lifecycle'] as const,
  ofBilan: (bilanId: string) => ['lifecycle', bilanId] as const,
};
