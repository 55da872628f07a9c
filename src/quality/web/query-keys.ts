/** The Qualiopi pages' query keys (decision 021): the evidence over a period, the registers, a public page's results. */
export const qualityKeys = {
  all: ['quality'] as const,
  evidence: (period: { from?: string | undefined; to?: string | undefined }) =>
    ['quality', 'evidence', period.from ?? '', period.to ?? ''] as const,
  registers: ['quality', 'registers'] as const,
  publicResults: (slug: string) => ['quality', 'public-results', slug] as const,
};
