import { describe, expect, it } from 'vitest';
import { ContactRequestSchema } from './schemas.ts';

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
