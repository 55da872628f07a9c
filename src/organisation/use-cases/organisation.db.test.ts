import { beforeEach, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import { createOrganisation, type TestOrganisation, ORGANISATION_PROFILE } from '../../../tests/support/factories.ts';
import { OfferSchema, OrganisationProfileSchema } from '../contracts/schemas.ts';
import { getOrganisationProfile } from './get-organisation-profile.ts';
import { updateOrganisationProfile } from './update-organisation-profile.ts';
import { createOffer } from './create-offer.ts';
import { listOffers } from './list-offers.ts';
import { updateOffer } from './update-offer.ts';

let deps: TestDeps;
let org: TestOrganisation;
let slug: string;

const PROFILE = ORGANISATION_PROFILE;

beforeEach(async () => {
  deps = testDeps('2026-11-23T09:00:00Z');
  org = await createOrganisation(deps);
  slug = `cap-avenir-${org.id.slice(0, 8)}`;
  await updateOrganisationProfile(deps, org.admin.actor, OrganisationProfileSchema.parse({ ...PROFILE, slug }));
});

describe('organisation profile and offers', () => {
  it('stores the profile, normalises SIRET and NDA, and warns before the Qualiopi certificate lapses', async () => {
    const profile = await getOrganisationProfile(deps, org.admin.actor);
    expect(profile).toMatchObject({
      siret: '12345678900012',
      ndaNumber: '84691234569',
      commitmentFirstAnswerDays: 2,
      publicPageEnabled: true,
    });
    // 2027-01-15 is 53 days after 2026-11-23: within the 90-day warning.
    expect(profile.qualiopi.level).toBe('expiring');
    expect(profile.qualiopi.message).toContain('expire dans 53 jours');
    const audit = await deps.db
      .selectFrom('audit_events')
      .select('details')
      .where('organisation_id', '=', org.id)
      .where('action', '=', 'organisation.profile_updated')
      .executeTakeFirstOrThrow();
    expect((audit.details as { fields: string[] }).fields).toContain('nda_number');
  });

  it('refuses a slug taken by another organisation, and saves nothing', async () => {
    const other = await createOrganisation(deps);
    await expect(
      updateOrganisationProfile(
        deps,
        other.admin.actor,
        OrganisationProfileSchema.parse({ ...PROFILE, slug, name: 'Autre' }),
      ),
    ).rejects.toMatchObject({ code: 'slug_taken', fields: { slug: expect.stringContaining('déjà prise') } });
    expect((await getOrganisationProfile(deps, other.admin.actor)).name).not.toBe('Autre');
  });

  it('refuses the profile to consultants and beneficiaries', async () => {
    await expect(getOrganisationProfile(deps, org.consultant.actor)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('creates, lists, edits and deactivates offers; refuses more than 24 h of accompaniment', async () => {
    const input = OfferSchema.parse({
      title: 'Bilan 24 h mixte',
      accompanimentHours: '24',
      personalWorkHours: '8',
      modality: 'mixed',
      places: 'Lyon 2e',
      price: '1 800',
      accessDelay: '15 jours',
    });
    const offer = await createOffer(deps, org.admin.actor, input);
    expect(offer).toMatchObject({
      accompanimentMinutes: 1440,
      personalWorkMinutes: 480,
      priceCents: 180000,
      active: true,
    });
    await expect(
      createOffer(deps, org.admin.actor, { ...input, accompanimentHours: 24 * 60 + 30 }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      fields: { accompanimentHours: 'Un bilan compte au plus 24\u00a0h d’accompagnement.' },
    });
    await updateOffer(deps, org.admin.actor, offer.id, { ...input, active: false });
    expect((await listOffers(deps, org.admin.actor)).map((o) => o.active)).toEqual([false]);
    const other = await createOrganisation(deps);
    await expect(updateOffer(deps, other.admin.actor, offer.id, input)).rejects.toMatchObject({ code: 'not_found' });
  });
});
