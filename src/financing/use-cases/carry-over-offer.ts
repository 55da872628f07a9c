/**
 * A bilan opened from a lead starts its financing record from the offer chosen at intake: the
 * offer's price TTC, modality, places and personal-work hours become the bilan's, as its quote,
 * contract or convention will print them; the consultant can still change them in the
 * « Financement » section. Runs in the caller's transaction (converting a lead).
 */
import type { Trx } from '../../platform/db/kysely.ts';
import { FINANCING_TYPES, financingType, type Financing } from '../domain/catalog.ts';
import { insertFinancing } from '../data/financing-repository.ts';
import type { OfferModality } from '../../organisation/domain/offers.ts';

export async function carryOverOffer(
  trx: Trx,
  bilan: { id: string; organisationId: string; financing: Financing },
  offer: {
    id: string;
    price_cents: number;
    modality: OfferModality;
    places: string;
    personal_work_minutes: number;
  },
  now: Date,
  userId: string,
): Promise<void> {
  await insertFinancing(trx, {
    bilan_id: bilan.id,
    organisation_id: bilan.organisationId,
    status: FINANCING_TYPES[financingType(bilan.financing)].initialStatus,
    offer_id: offer.id,
    price_cents: offer.price_cents,
    modality: offer.modality,
    places: offer.modality === 'remote' || offer.places.trim() === '' ? null : offer.places,
    personal_work_minutes: offer.personal_work_minutes,
    updated_at: now,
    updated_by: userId,
  });
}
