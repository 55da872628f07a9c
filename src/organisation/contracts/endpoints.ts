/**
 * The organisation's endpoints: its profile, brand and offers, for its admins; and its logo, open
 * to anyone (the public page shows it), as a download that an image element can still display.
 */
import { z } from 'zod';
import { get, post } from '../../shared/api/endpoint.ts';
import { uuidParam } from '../../shared/fields.ts';
import { BrandColourSchema, type BrandView } from './brand.ts';
import { OfferSchema, OrganisationProfileSchema, type OfferView, type OrganisationProfileView } from './schemas.ts';

export const organisationEndpoints = {
  profile: get('/admin/organisation').returns<OrganisationProfileView>(),
  updateProfile: post('/admin/organisation', { body: OrganisationProfileSchema }).returns<OrganisationProfileView>(),
  brand: get('/admin/organisation/brand').returns<BrandView>(),
  updateBrandColour: post('/admin/organisation/brand', { body: BrandColourSchema }).returns<BrandView>(),
  /** `multipart/form-data` with a `logo` part (PNG or JPEG, 300 kB at most). */
  uploadLogo: post('/admin/organisation/logo', { rawBody: true }).returns<BrandView>(),
  removeLogo: post('/admin/organisation/logo/delete').returns<BrandView>(),
  logo: get('/organisations/:id/logo', {
    params: { id: uuidParam },
    query: z.object({ v: z.string().max(64).optional() }),
    public: true,
  }).returnsFile(),
  offers: get('/admin/offers').returns<{ offers: OfferView[] }>(),
  createOffer: post('/admin/offers', { body: OfferSchema, status: 201 }).returns<OfferView>(),
  updateOffer: post('/admin/offers/:id', { params: { id: uuidParam }, body: OfferSchema }).returns<OfferView>(),
};
