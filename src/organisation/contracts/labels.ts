/** French labels of the organisation's values: how an offer is delivered, its VAT regime. */
import type { OfferModality } from '../domain/offers.ts';
import type { VatRegime } from '../domain/vat.ts';

export const OFFER_MODALITY_LABELS: Record<OfferModality, string> = {
  in_person: 'En présentiel',
  remote: 'À distance',
  mixed: 'Mixte (présentiel et à distance)',
};

export const VAT_REGIME_LABELS: Record<VatRegime, string> = {
  exempt: 'Exonéré : formation professionnelle (article 261-4-4° a du CGI)',
  franchise: 'Franchise en base de TVA (article 293 B du CGI)',
  subject: 'Assujetti : la TVA est facturée',
};
