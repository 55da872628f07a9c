/** The organisation's endpoints: its profile and its offers, for its admins. */
import { get, post } from '../../shared/api/endpoint.ts';
import { uuidParam } from '../../shared/fields.ts';
import { OfferSchema, OrganisationProfileSchema, type OfferView, type OrganisationProfileView } from './schemas.ts';

export const organisationEndpoints = {
  profile: get('/admin/organisation').returns<OrganisationProfileView>(),
  updateProfile: post('/admin/organisation', { body: OrganisationProfileSchema }).returns<OrganisationProfileView>(),
  offers: get('/admin/offers').returns<{ offers: OfferView[] }>(),
  createOffer: post('/admin/offers', { body: OfferSchema, status: 201 }).returns<OfferView>(),
  updateOffer: post('/admin/offers/:id', { params: { id: uuidParam }, body: OfferSchema }).returns<OfferView>(),
};
