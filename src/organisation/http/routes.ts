/** The organisation's profile and offers (admin). */
import { endpointRoutes } from '../../platform/http/endpoints.ts';
import { organisationEndpoints as e } from '../contracts/endpoints.ts';
import { getOrganisationProfile } from '../use-cases/get-organisation-profile.ts';
import { updateOrganisationProfile } from '../use-cases/update-organisation-profile.ts';
import { listOffers } from '../use-cases/list-offers.ts';
import { createOffer } from '../use-cases/create-offer.ts';
import { updateOffer } from '../use-cases/update-offer.ts';

export const organisationRoutes = endpointRoutes()
  .on(e.profile, ({ deps, actor }) => getOrganisationProfile(deps, actor()))
  .on(e.updateProfile, ({ deps, actor, body }) => updateOrganisationProfile(deps, actor(), body))
  .on(e.offers, async ({ deps, actor }) => ({ offers: await listOffers(deps, actor()) }))
  .on(e.createOffer, ({ deps, actor, body }) => createOffer(deps, actor(), body))
  .on(e.updateOffer, ({ deps, actor, params, body }) => updateOffer(deps, actor(), params.id, body)).app;
