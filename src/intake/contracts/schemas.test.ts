import { describe, expect, it } from 'vitest';
import { ContactRequestSchema, OfferSchema, OrganisationProfileSchema } from './schemas.ts';

/** L6323-8-1: nothing that looks like a CPF balance, a Mon Compte Formation login or a NIR. */
const FORBIDDEN =
  /cpf|solde|balance|compte.?formation|mcf|login|identifiant|password|mot.?de.?passe|secu|s[ée]curit[ée].?sociale|\bnir\b|ssn|insee/i;

describe('public contact form', () => {
  it('has no field for a CPF balance, a Mon Compte Formation login or a social security number', () => {
    const fields = [
      ...Object.keys(ContactRequestSchema.shape),
      ...Object.keys(ContactRequestSchema.shape.utm.unwrap().shape),
    ];
    expect(fields.length).toBeGreaterThan(5);
    expect(fields.filter((f) => FORBIDDEN.test(f))).toEqual([]);
  });

  it('drops such fields when a client sends them anyway', () => {
    const parsed = ContactRequestSchema.parse({
      firstName: 'Bruno',
      lastName: 'Lefèvre',
      email: 'bruno@exemple.fr',
      message: 'Je souhaite faire un bilan.',
      preferredModality: 'remote',
      declaredSource: 'other',
      consent: true,
      soldeCpf: '1500',
      numeroSecu: '1 85 05 78 006 084 36',
      identifiantMonCompteFormation: 'bruno',
    });
    expect(JSON.stringify(parsed)).not.toMatch(/1500|006 084|soldeCpf|numeroSecu|identifiant/);
  });

  it('requires consent to be contacted, and names each problem in French', () => {
    const result = ContactRequestSchema.safeParse({
      firstName: '',
      email: 'pas-une-adresse',
      message: 'court',
      consent: false,
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
    expect(messages).toMatchObject({
      firstName: 'Indiquez le prénom.',
      email: 'Indiquez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.',
      message: 'Écrivez votre message en quelques mots (10 caractères au moins).',
      consent: 'Cochez la case pour accepter d’être recontacté·e au sujet de votre demande.',
      preferredModality: 'Choisissez une modalité.',
      declaredSource: 'Dites-nous comment vous nous avez connus.',
    });
  });
});

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
});
