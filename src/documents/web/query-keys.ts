/**
 * The documents' query keys (decision 021): a bilan's documents, its funder's view, and the
 * employer's signature link.
 */
export const documentKeys = {
  all: ['documents'] as const,
  ofBilan: (bilanId: string) => ['documents', 'bilan', bilanId] as const,
  funderView: (bilanId: string) => ['documents', 'funder-view', bilanId] as const,
  signatureLink: (token: string) => ['documents', 'signature-link', token] as const,
};
