import { describe, expect, it } from 'vitest';
import { OfferSchema, OrganisationProfileSchema } from './schemas.ts';

describe('offer and profile fields', () => {
  const offer = {
    title: 'Bilan',
    accompanimentHours: '24',
    personalWorkHours: '0',
    modality: 'remote',
    accessDelay: '10 jours',
  };
  it('reads French prices into cents and refuses malformed ones', () => {
    expect(OfferSchema.parse({ ...offer, price: '1 490,50 €' }).price).toBe(149050);
    expect(OfferSchema.parse({ ...offer, price: '1800' }).price).toBe(180000);
    for (const price of ['12,345', '-10', 'mille', '1.600.00', '']) {
      expect(OfferSchema.safeParse({ ...offer, price }).success, price).toBe(false);
    }
  });

  it('asks for places unless the offer is fully remote', () => {
    const result = OfferSchema.safeParse({ ...offer, modality: 'mixed', price: '1000' });
    expect(result.error?.issues[0]).toMatchObject({
      path: ['places'],
      message: 'Indiquez le ou les lieux des séances en présentiel.',
    });
  });

  it('requires what a public page must show before publishing it', () => {
    const result = OrganisationProfileSchema.safeParse({
      name: 'Cap Avenir',
      slug: 'cap-avenir',
      followUpMonths: '6',
      publicPageEnabled: true,
    });
    expect(result.error?.issues.map((i) => i.path[0]).sort()).toEqual([
      'accessibilityContactEmail',
      'accessibilityContactName',
      'commitmentFirstAnswerDays',
      'ndaNumber',
    ]);
    expect(
      OrganisationProfileSchema.safeParse({
        name: 'Cap Avenir',
        slug: 'cap-avenir',
        followUpMonths: '6',
        publicPageEnabled: false,
      }).success,
    ).toBe(true);
  });

  it('refuses malformed SIRET, NDA, slug and delays', () => {
    const result = OrganisationProfileSchema.safeParse({
      name: 'Cap',
      slug: 'Cap Avenir',
      siret: '123',
      ndaNumber: '12',
      followUpMonths: '2',
      commitmentFirstAnswerDays: '0',
      publicPageEnabled: false,
    });
    expect(result.error?.issues.map((i) => i.path[0]).sort()).toEqual([
      'commitmentFirstAnswerDays',
      'followUpMonths',
      'ndaNumber',
      'siret',
      'slug',
    ]);
  });

  it('reads the VAT regime and rate, and the signatory, for the documents', () => {
    const base = { name: 'Cap', slug: 'cap-avenir', followUpMonths: '6', publicPageEnabled: false };
    expect(
      OrganisationProfileSchema.parse({
        ...base,
        vatRegime: 'subject',
        vatRate: '5,5',
        signatoryName: 'Marie Durand',
        signatoryRole: 'gérante',
      }),
    ).toMatchObject({ vatRegime: 'subject', vatRate: 550, signatoryName: 'Marie Durand', signatoryRole: 'gérante' });
    expect(OrganisationProfileSchema.parse({ ...base, vatRegime: '', vatRate: '' })).toMatchObject({
      vatRegime: null,
      vatRate: null,
      signatoryName: null,
    });
    const messages = (input: Record<string, unknown>) =>
      OrganisationProfileSchema.safeParse({ ...base, ...input }).error?.issues.map((i) => [i.path[0], i.message]);
    expect(messages({ vatRegime: 'subject' })).toEqual([
      ['vatRate', 'Indiquez le taux de TVA appliqué, par exemple 20.'],
    ]);
    expect(messages({ vatRegime: 'exempt', vatRate: '20' })).toEqual([
      ['vatRate', 'Indiquez un taux seulement si l’organisme facture la TVA.'],
    ]);
    expect(messages({ vatRegime: 'autre' })).toEqual([['vatRegime', 'Choisissez le régime de TVA dans la liste.']]);
    expect(messages({ vatRegime: 'subject', vatRate: 'vingt' })?.[0]).toEqual([
      'vatRate',
      'Indiquez le taux de TVA en pourcentage, par exemple 20 ou 5,5.',
    ]);
    expect(messages({ signatoryName: 'Marie Durand' })).toEqual([
      ['signatoryRole', 'Indiquez à la fois le nom et la fonction de la personne qui signe pour l’organisme.'],
    ]);
  });
});
