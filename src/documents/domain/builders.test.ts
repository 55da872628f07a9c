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
import { missingMentions, missingMentionsMessage, type MentionFacts } from './mentions.ts';

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
    vatRegime: null,
    vatRateBasisPoints: null,
    signatory: null,
    paymentTerms: null,
    brand: null,
  },
  beneficiary: { firstName: 'Bruno', lastName: 'Lefèvre', email: 'bruno@exemple.fr' },
  consultant: { firstName: 'Claire', lastName: 'Dubois' },
  issuedOn: parsePlainDate('2026-05-04'),
  reference: 'DEV-1',
  financingLabel: 'CPF',
  plannedAccompanimentMinutes: 1200,
  personalWorkMinutes: null,
  priceCents: null,
  prestation: {
    plannedStartOn: null,
    plannedEndOn: null,
    modality: null,
    places: null,
    workingTime: null,
    cpf: false,
    seances: [],
  },
};
const text = (value: unknown) => JSON.stringify(value);

describe('document builders', () => {
  it('name the expected signers of each document', () => {
    expect(DOCUMENT_SIGNERS).toEqual({
      devis: ['beneficiary', 'provider'],
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
    const signed = {
      ...facts,
      organisation: { ...facts.organisation, signatory: { name: 'Marie Durand', role: 'gérante' } },
    };
    expect(buildQuote(signed, null).signers).toEqual([
      { role: 'Bénéficiaire', name: 'Bruno Lefèvre' },
      { role: 'Organisme prestataire', name: 'Marie Durand, gérante, pour Cap Avenir' },
    ]);
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
    // With a named signatory (organisation profile), the certificate names and is signed by them.
    const signed = buildCertificate(
      { ...facts, organisation: { ...facts.organisation, signatory: { name: 'Marie Durand', role: 'gérante' } } },
      { ...base, outcome: 'completed', accompanimentDoneMinutes: 1200 },
    );
    const org = facts.organisation.legalName ?? facts.organisation.name;
    expect(text(signed)).toContain(`Je soussigné·e, Marie Durand, gérante, représentant ${org}, atteste que`);
    expect(signed.signers).toEqual([{ role: 'Organisme prestataire', name: `Marie Durand, gérante, pour ${org}` }]);
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

describe('missing mentions', () => {
  const complete: MentionFacts = {
    priceCents: 160_000,
    plannedStartOn: '2026-06-01',
    plannedEndOn: '2026-07-31',
    modality: 'in_person',
    places: 'Lyon',
    personalWorkMinutes: 480,
    workingTime: 'outside',
    workingTimeApplies: true,
    vatRegime: 'exempt',
    signatoryName: 'Marie Durand',
  };

  it('name nothing when all is known, and nothing for the CPF order sheet or the certificate', () => {
    expect(missingMentions('devis', complete)).toEqual([]);
    expect(missingMentions('commande_cpf', { ...complete, priceCents: null })).toEqual([]);
  });

  it('ask the place only for séances in person, and the working time only when it applies', () => {
    expect(missingMentions('devis', { ...complete, places: null }).map((m) => m.label)).toEqual([
      'le lieu des séances en présentiel',
    ]);
    expect(missingMentions('devis', { ...complete, modality: 'remote', places: null })).toEqual([]);
    expect(
      missingMentions('contrat_individuel', { ...complete, workingTime: null, workingTimeApplies: false }),
    ).toEqual([]);
  });

  it('say where each missing fact is filled in', () => {
    const message = missingMentionsMessage(
      missingMentions('convention_tripartite', { ...complete, priceCents: null, vatRegime: null }),
    );
    expect(message).toBe(
      'Complétez d’abord dans la section « Financement » du bilan (Modifier les informations de financement) : le prix TTC. ' +
        'Il manque aussi dans le profil de l’organisme, à compléter par un·e administrateur·rice (page « Organisme ») : le régime de TVA.',
    );
  });
});
