/** How an offer of the organisation is delivered. */
export const OFFER_MODALITIES = ['in_person', 'remote', 'mixed'] as const;
export type OfferModality = (typeof OFFER_MODALITIES)[number];
