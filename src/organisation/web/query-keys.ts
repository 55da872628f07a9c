/** The organisation's query keys (decision 021): its profile, its brand and its offers, for its admins. */
export const organisationKeys = {
  all: ['organisation'] as const,
  profile: ['organisation', 'profile'] as const,
  brand: ['organisation', 'brand'] as const,
  offers: ['organisation', 'offers'] as const,
};
