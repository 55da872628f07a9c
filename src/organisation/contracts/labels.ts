/** French labels of the organisation's values: how an offer is delivered. */
import type { OfferModality } from '../domain/offers.ts';

export const OFFER_MODALITY_LABELS: Record<OfferModality, string> = {
  in_person: 'En présentiel',
  remote: 'À distance',
  mixed: 'Mixte (présentiel et à distance)',
};
