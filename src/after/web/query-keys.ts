/**
 * After the bilan's query keys (decision 021): what follows a bilan (follow-up, evaluations, EDOF),
 * an evaluation's form behind its link, the organisation's indicators over a period.
 */
export const afterKeys = {
  all: ['after'] as const,
  bilan: (bilanId: string) => ['after', 'bilan', bilanId] as const,
  evaluation: (token: string) => ['after', 'evaluation', token] as const,
  indicators: (period: { from: string; to: string }) => ['after', 'indicators', period.from, period.to] as const,
};
