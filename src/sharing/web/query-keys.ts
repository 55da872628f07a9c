/** Sharing's query keys (decision 021): a bilan's shares, a link's page. */
export const sharingKeys = {
  all: ['sharing'] as const,
  shares: (bilanId: string) => ['sharing', bilanId, 'shares'] as const,
  preview: (token: string) => ['sharing', 'partage', token] as const,
};
