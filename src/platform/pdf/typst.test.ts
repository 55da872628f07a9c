import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildCertificate,
  buildFunderView,
  buildQuote,
  withSignaturePage,
  type CommonFacts,
} from '../../documents/domain/builders.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { PDFTOTEXT_MISSING, pdfImages, pdfText } from '../../../tests/support/pdf-text.ts';
import { sampleJpeg, samplePng } from '../../../tests/support/sample-images.ts';
import { renderPdf } from './typst.ts';

const facts: CommonFacts = {
  organisation: {
    name: 'Cap Avenir',
    legalName: 'Cap Avenir SARL',
    siret: '12345678900011',
    address: '12 rue de la République',
    postalCode: '69002',
    city: 'Lyon',
    phone: null,
    contactEmail: 'contact@cap-avenir.fr',
    ndaNumber: '84691234569',
    qualiopiNumber: 'Q-2025-001',
    vatRegime: null,
    vatRateBasisPoints: null,
    signatory: null,
    paymentTerms: null,
    brand: null,
  },
  // Typst markup characters in user text must come out as text.
  beneficiary: { firstName: 'Zoé #[evil]', lastName: 'L’Hôte $x$ *gras* <b>', email: 'zoe@exemple.fr' },
  consultant: { firstName: 'Claire', lastName: 'Dubois' },
  issuedOn: parsePlainDate('2026-05-04'),
  reference: 'DEV-2026-0001',
  financingLabel: 'Financement personnel',
  plannedAccompanimentMinutes: 1110,
  personalWorkMinutes: 360,
  priceCents: 195050,
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

describe.skipIf(Boolean(PDFTOTEXT_MISSING))('Typst PDF adapter', () => {
  it('renders French dates, amounts and hours, and user text verbatim (no markup injection)', () => {
    const text = pdfText(renderPdf(buildQuote(facts, null)));
    expect(text).toContain('Devis — bilan de compétences');
    expect(text).toContain('4 mai 2026');
    expect(text).toContain('1 950,50 €');
    expect(text).toContain('18 h 30');
    expect(text).toContain('Zoé #[evil] L’Hôte $x$ *gras* <b>');
    expect(text).toContain('Déclaration d’activité n° 84691234569');
  });

  it('lays out sub-headings and entries, keeping their line breaks and their text verbatim', () => {
    const base = buildQuote(facts, null);
    const text = pdfText(
      renderPdf({
        ...base,
        blocks: [
          { type: 'subheading', text: 'Groupe #[evil] $x$' },
          {
            type: 'entry',
            title: 'Entrée *gras* <b>',
            rows: [
              ['Activités', 'Première ligne #set text(red)\nDeuxième ligne'],
              ['Niveau', 'Autonome'],
            ],
          },
        ],
      }),
    );
    expect(text).toContain('Groupe #[evil] $x$');
    expect(text).toContain('Entrée *gras* <b>');
    expect(text).toMatch(/Activités Première ligne #set text\(red\)\n\s*Deuxième ligne/);
    expect(text).toContain('Niveau Autonome');
  });

  it('writes a tagged PDF in French (structure tree, marked content, language, title): Typst 0.14', () => {
    // The catalog and the structure tree root are written uncompressed, so the bytes tell.
    const raw = renderPdf(buildQuote(facts, null)).toString('latin1');
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(raw).toMatch(/\/MarkInfo\s*<<\s*\/Marked true/);
    expect(raw).toContain('/Lang (fr-FR)');
  });

  it('is deterministic, so the SHA-256 identifies the content', () => {
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    expect(sha(renderPdf(buildQuote(facts, null)))).toBe(sha(renderPdf(buildQuote(facts, null))));
  });

  it('appends a signature page with the original hash, name, time and IP', () => {
    const signed = withSignaturePage(buildQuote(facts, null), 'a'.repeat(64), [
      {
        role: 'beneficiary',
        name: 'Zoé L’Hôte',
        signedAt: '4 mai 2026 à 10:12:03 (heure de Paris)',
        ip: '198.51.100.7',
        account: 'zoe@exemple.fr',
      },
    ]);
    const text = pdfText(renderPdf(signed));
    expect(text).toContain('Page de signatures');
    expect(text).toContain('a'.repeat(64));
    expect(text).toContain('198.51.100.7');
    expect(text).toContain('4 mai 2026 à 10:12:03');
  });

  it('writes the certificate with hours and completion rate', () => {
    const text = pdfText(
      renderPdf(
        buildCertificate(facts, {
          startedOn: parsePlainDate('2026-05-22'),
          endedOn: parsePlainDate('2026-07-10'),
          outcome: 'abandoned',
          abandonReason: 'Déménagement',
          accompanimentDoneMinutes: 600,
          plannedAccompanimentMinutes: 1200,
          personalWorkDoneMinutes: 120,
          completionBasisPoints: 5000,
        }),
      ),
    );
    expect(text).toContain('Certificat de réalisation');
    expect(text).toContain('22 mai 2026');
    expect(text).toContain('10 juillet 2026');
    expect(text).toContain('Motif de l’interruption Déménagement');
    expect(text).toContain('10 h');
    expect(text).toContain('50 %');
  });

  describe('the organisation’s brand (decision 036)', () => {
    const png = samplePng(160, 64, [170, 40, 40]);
    const branded: CommonFacts = {
      ...facts,
      organisation: {
        ...facts.organisation,
        brand: {
          accent: '#8a1c1c',
          logo: {
            contentType: 'image/png',
            sha256: createHash('sha256').update(png).digest('hex'),
            base64: png.toString('base64'),
          },
        },
        paymentTerms: 'Acompte de 30 % à la signature, solde à réception de la facture, par virement.',
      },
    };
    const completion = {
      startedOn: parsePlainDate('2026-05-22'),
      endedOn: parsePlainDate('2026-07-10'),
      outcome: 'completed' as const,
      abandonReason: null,
      accompanimentDoneMinutes: 1200,
      plannedAccompanimentMinutes: 1200,
      personalWorkDoneMinutes: 120,
      completionBasisPoints: 10000,
    };

    it('prints the logo at the top of every document, its signed copy included, and keeps the text', () => {
      const quote = buildQuote(branded, null);
      for (const document of [
        quote,
        buildCertificate(branded, completion),
        buildFunderView(branded, { ...completion, attendance: [], phaseLabel: 'Terminé', certificateIssuedOn: null }),
        withSignaturePage(quote, 'b'.repeat(64), []),
      ]) {
        const pdf = renderPdf(document);
        expect(pdfImages(pdf), document.title).toEqual([{ page: 1, width: 160, height: 64 }]);
        expect(pdfText(pdf)).toContain(document.title);
        expect(pdfText(pdf)).toContain('Cap Avenir SARL');
      }
    });

    it('prints a JPEG logo as well', () => {
      const jpeg = sampleJpeg();
      const document = buildQuote(
        {
          ...branded,
          organisation: {
            ...branded.organisation,
            brand: {
              accent: null,
              logo: { contentType: 'image/jpeg', sha256: 'c'.repeat(64), base64: jpeg.toString('base64') },
            },
          },
        },
        null,
      );
      expect(pdfImages(renderPdf(document))).toEqual([{ page: 1, width: 25, height: 36 }]);
    });

    it('prints no image without a logo, and renders a document stored before the brand existed', () => {
      expect(pdfImages(renderPdf(buildQuote(facts, null)))).toEqual([]);
      const { brand: _none, ...older } = buildQuote(branded, null);
      expect(pdfImages(renderPdf(older))).toEqual([]);
      expect(pdfText(renderPdf(older))).toContain('Devis — bilan de compétences');
    });

    it('prints the organisation’s payment terms on the quote, or the default clause', () => {
      expect(pdfText(renderPdf(buildQuote(branded, null)))).toContain(
        'Acompte de 30 % à la signature, solde à réception de la facture, par virement.',
      );
      expect(pdfText(renderPdf(buildQuote(facts, null)))).toContain('Modalités de paiement');
    });
  });
});
