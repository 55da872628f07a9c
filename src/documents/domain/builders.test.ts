import { describe, expect, it } from 'vitest';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import {
  DOCUMENT_SIGNERS,
  buildCertificate,
  buildConvention,
  buildQuote,
  withSignaturePage,
  type CommonFacts,
} from './builders.ts';

const facts: CommonFacts = {
  organisation: {
    name: 'Cap Avenir',
    legalName: null,
    siret: null,
    address: null,
    postalCode: null,
    city: null,
    phone: null,
    contactEmail: null,
    ndaNumber: null,
    qualiopiNumber: null,
  },
  beneficiary: { firstName: 'Bruno', lastName: 'Lefèvre', email: 'bruno@exemple.fr' },
  consultant: { firstName: 'Claire', lastName: 'Dubois' },
  issuedOn: parsePlainDate('2026-05-04'),
  reference: 'DEV-1',
  financingLabel: 'CPF',
  plannedAccompanimentMinutes: 1200,
  personalWorkMinutes: null,
  priceCents: null,
};
const text = (value: unknown) => JSON.stringify(value);

describe('document builders', () => {
  it('name the expected signers of each document', () => {
    expect(DOCUMENT_SIGNERS).toEqual({
      devis: ['beneficiary'],
      contrat_individuel: ['beneficiary', 'provider'],
      convention_tripartite: ['employer', 'beneficiary', 'provider'],
      commande_cpf: [],
      certificat_realisation: [],
    });
    expect(
      buildConvention(facts, { name: 'Acme', siret: null, contactName: 'Marc Martin', conventionDays: 10 }).signers.map(
        (s) => s.name,
      ),
    ).toEqual(['Marc Martin', 'Bruno Lefèvre', 'Cap Avenir']);
  });

  it('say when the price or the NDA is missing instead of printing nothing', () => {
    const quote = text(buildQuote(facts, null));
    expect(quote).toContain('À préciser');
    expect(quote).toContain('Numéro de déclaration d’activité à compléter');
  });

  it('state the employee’s delay and that refusing is not a fault, with the parameter passed in', () => {
    const convention = text(
      buildConvention(facts, { name: 'Acme', siret: null, contactName: null, conventionDays: 10 }),
    );
    expect(convention).toContain('10\u00a0jours');
    expect(convention).toContain('Ce refus ne constitue ni une faute ni un motif de licenciement.');
  });

  it('write the abandonment reason only for an abandoned bilan', () => {
    const base = {
      startedOn: null,
      endedOn: parsePlainDate('2026-06-01'),
      abandonReason: 'Déménagement',
      accompanimentDoneMinutes: 0,
      plannedAccompanimentMinutes: 1200,
      personalWorkDoneMinutes: 0,
      completionBasisPoints: 0,
    };
    expect(text(buildCertificate(facts, { ...base, outcome: 'abandoned' }))).toContain('Déménagement');
    expect(text(buildCertificate(facts, { ...base, outcome: 'completed' }))).not.toContain('Déménagement');
  });

  it('never attest that an abandoned bilan was followed, and carry the provider’s signatory', () => {
    const base = {
      startedOn: null,
      endedOn: parsePlainDate('2026-06-01'),
      abandonReason: 'Déménagement',
      accompanimentDoneMinutes: 0,
      plannedAccompanimentMinutes: 1200,
      personalWorkDoneMinutes: 0,
      completionBasisPoints: 0,
    };
    const none = buildCertificate(facts, { ...base, outcome: 'abandoned' });
    expect(text(none)).not.toContain('a suivi');
    expect(text(none)).toContain(
      'a été inscrit·e à l’action ci-dessous, interrompue avant son terme ; durée suivie : 0',
    );
    const some = buildCertificate(facts, { ...base, outcome: 'abandoned', accompanimentDoneMinutes: 150 });
    expect(text(some)).toContain('jusqu’à son interruption, avant son terme ; durée suivie : 2');
    const done = buildCertificate(facts, { ...base, outcome: 'completed', accompanimentDoneMinutes: 1200 });
    expect(text(done)).toContain('a suivi l’action suivante :');
    for (const doc of [none, some, done])
      expect(doc.signers).toEqual([
        { role: 'Organisme prestataire', name: facts.organisation.legalName ?? facts.organisation.name },
      ]);
  });

  it('append the signature page without changing the original blocks', () => {
    const original = buildQuote(facts, null);
    const signed = withSignaturePage(original, 'a'.repeat(64), [
      { role: 'beneficiary', name: 'Bruno Lefèvre', signedAt: '4 mai 2026', ip: null, account: 'x' },
    ]);
    expect(signed.blocks).toEqual(original.blocks);
    expect(original.signatures).toBeNull();
    expect(text(signed.signatures)).toContain('Adresse IP');
    expect(text(signed.signatures)).toContain('Inconnue');
  });
});
