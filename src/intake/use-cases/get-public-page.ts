/**
 * The organisation's public page (no login): identity, NDA, Qualiopi certificate, accessibility,
 * published commitments and active offers. Only when the admin has switched it on; otherwise 404.
 */
import type { PublicOrganisationPage } from '../contracts/schemas.ts';
import type { Deps } from '../../platform/deps.ts';
import { listActiveOffers, offerView } from '../../organisation/data/offer-repository.ts';
import { qualiopiOf } from '../../organisation/data/organisation-repository.ts';
import { publishedOrganisation } from '../data/public-organisation.ts';
import { readBrand } from '../../organisation/data/brand-repository.ts';

export async function getPublicPage(deps: Deps, slug: string): Promise<PublicOrganisationPage> {
  const org = await publishedOrganisation(deps.db, slug);
  const offers = await listActiveOffers(deps.db, org.id);
  return {
    name: org.name,
    slug: org.slug,
    legalName: org.legal_name,
    address: org.address,
    postalCode: org.postal_code,
    city: org.city,
    phone: org.phone,
    contactEmail: org.contact_email,
    siret: org.siret,
    ndaNumber: org.nda_number,
    qualiopi: {
      certificateNumber: org.qualiopi_certificate_number,
      certifier: org.qualiopi_certifier,
      scope: org.qualiopi_scope,
      expiresOn: org.qualiopi_expires_on,
      valid: ['valid', 'expiring'].includes(qualiopiOf(org, deps.clock.now()).level),
    },
    accessibility: {
      name: org.accessibility_contact_name,
      email: org.accessibility_contact_email,
      phone: org.accessibility_contact_phone,
      conditions: org.accessibility_conditions,
    },
    commitments: {
      firstAnswerDays: org.commitment_first_answer_days,
      firstAppointmentDays: org.commitment_first_appointment_days,
    },
    offers: offers.map(offerView),
    brand: (await readBrand(deps.db, org.id)) ?? { accentColour: null, logo: null },
  };
}
