/** The admin lists the organisation's offers (prestations), active first. */
import type { OfferView } from '../contracts/schemas.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { listOrganisationOffers, offerView } from '../data/offer-repository.ts';

export async function listOffers(deps: Deps, actor: Actor): Promise<OfferView[]> {
  requireRole(actor, 'admin');
  const rows = await listOrganisationOffers(deps.db, actor.organisationId);
  return rows.map(offerView);
}
