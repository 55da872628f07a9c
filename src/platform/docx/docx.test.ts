import { describe, expect, it } from 'vitest';
import type { PdfBlock, PdfDocument } from '../../documents/domain/model.ts';
import { docxHeadings, readDocx } from '../../../tests/support/docx.ts';
import { renderDocx, xmlSafe } from './docx.ts';

/** One block of every variant, with Typst and XML markup in the text. */
const EVERY_BLOCK: PdfBlock[] = [
  { type: 'heading', text: 'Partie <un> & #[evil]' },
  { type: 'subheading', text: 'Groupe $x$' },
  { type: 'paragraph', text: 'Première ligne\nDeuxième ligne' },
  { type: 'list', items: ['Premier point', 'Second point *gras*'] },
  { type: 'fields', rows: [['Référence', 'DEV-2026-0001']] },
  { type: 'table', header: ['Date', 'Durée'], rows: [['4 mai 2026', '2 h']] },
  { type: 'entry', title: 'Assistante de direction', rows: [['Activités', 'Planning\nAccueil']] },
  {
    type: 'chart',
    title: 'Profil',
    alt: 'Social en tête avec 36 points.',
    unit: 'points',
    max: 42,
    bars: [{ label: 'Social', value: 36.5 }],
  },
];

const base: PdfDocument = {
  title: 'Devis — bilan de compétences',
  subtitle: null,
  organisation: { name: 'Cap Avenir & fils', lines: ['12 rue de la République', '69002 Lyon'] },
  meta: ['Réf. DEV-2026-0001', 'Le 4 mai 2026'],
  blocks: EVERY_BLOCK,
  signers: [],
  signatures: null,
  footer: 'Cap Avenir — NDA 84691234569',
};

describe('DOCX adapter', () => {
  it('writes every block of the layout, in order, as well-formed XML', async () => {
    const docx = await readDocx(await renderDocx(base));
    expect(docx.parts).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'docProps/core.xml']));
    expect(docxHeadings(docx)).toEqual([
      'Heading1: Devis — bilan de compétences',
      'Heading2: Partie <un> & #[evil]',
      'Heading3: Groupe $x$',
    ]);
    const texts = docx.paragraphs.map((p) => p.text);
    const order = [
      '12 rue de la République',
      'Le 4 mai 2026',
      'Devis — bilan de compétences',
      'Première ligne\nDeuxième ligne',
      'Premier point',
      'Second point *gras*',
      'DEV-2026-0001',
      '2 h',
      'Assistante de direction',
      'Activités : Planning\nAccueil',
      'Profil',
      'Social en tête avec 36 points.',
      '36,5\u00A0points',
    ].map((t) => texts.indexOf(t));
    expect(
      order.every((i) => i >= 0),
      JSON.stringify(order),
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(docx.paragraphs.filter((p) => p.listItem).map((p) => p.text)).toEqual([
      'Premier point',
      'Second point *gras*',
    ]);
    // The list's numbering is defined (a bullet list Word can continue).
    const numId = /<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/.exec(
      docx.xml('word/document.xml'),
    )?.[1];
    expect(docx.xml('word/numbering.xml')).toContain(`<w:num w:numId="${numId}">`);
    expect(docx.tables).toEqual([
      { header: false, rows: [['Référence', 'DEV-2026-0001']] },
      {
        header: true,
        rows: [
          ['Date', 'Durée'],
          ['4 mai 2026', '2 h'],
        ],
      },
      {
        header: true,
        rows: [
          ['Élément', 'Valeur (points)'],
          ['Social', '36,5\u00A0points'],
        ],
      },
    ]);
    expect(docx.xml('word/document.xml')).toContain('Partie &lt;un&gt; &amp; #[evil]');
  });

  it('names the document, its creator and its language, and puts the organisation and the footer on every page', async () => {
    const docx = await readDocx(await renderDocx(base));
    const core = docx.xml('docProps/core.xml');
    expect(core).toContain('<dc:title>Devis — bilan de compétences</dc:title>');
    expect(core).toContain('<dc:creator>Cap Avenir &amp; fils</dc:creator>');
    expect(docx.xml('word/styles.xml')).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="fr-FR"\/>/);
    const header = docx.parts.find((p) => /^word\/header\d*\.xml$/.test(p))!;
    expect(docx.xml(header)).toContain('Cap Avenir &amp; fils');
    const footer = docx.parts.find((p) => /^word\/footer\d*\.xml$/.test(p))!;
    expect(docx.xml(footer)).toContain('Cap Avenir — NDA 84691234569');
    expect(docx.xml(footer)).toMatch(/PAGE[\s\S]*NUMPAGES/);
  });

  it('colours the headings with the brand’s accent', async () => {
    const branded = await readDocx(await renderDocx({ ...base, brand: { accent: '#8a1c1c', logo: null } }));
    expect(branded.xml('word/styles.xml')).toMatch(/w:styleId="Heading2"[\s\S]*?<w:color w:val="8a1c1c"\/>/);
  });

  it('writes the signature boxes and a signed copy’s signature page', async () => {
    const docx = await readDocx(
      await renderDocx({
        ...base,
        blocks: [],
        signers: [{ role: 'Le bénéficiaire', name: 'Zoé L’Hôte' }],
        signatures: { sha256: 'a'.repeat(64), items: [{ rows: [['Nom', 'Zoé L’Hôte']] }] },
      }),
    );
    expect(docxHeadings(docx)).toEqual([
      'Heading1: Devis — bilan de compétences',
      'Heading2: Signatures',
      'Heading1: Page de signatures',
    ]);
    expect(docx.tables.map((t) => t.rows)).toEqual([
      [
        ['Signataire', 'Nom', 'Signature'],
        ['Le bénéficiaire', 'Zoé L’Hôte', ''],
      ],
      [
        ['Document', 'Devis — bilan de compétences'],
        ['Empreinte du document', 'a'.repeat(64)],
      ],
      [['Nom', 'Zoé L’Hôte']],
    ]);
  });

  it('drops what XML 1.0 cannot carry, so the file always opens', async () => {
    expect(xmlSafe('a\u0000b\u0007c\td\ne\uFFFEf\uD800g\uD83D\uDE00')).toBe('abc\td\nefg\uD83D\uDE00');
    const docx = await readDocx(
      await renderDocx({ ...base, blocks: [{ type: 'paragraph', text: 'x\u0001y\uDC00z 😀' }] }),
    );
    expect(docx.paragraphs.map((p) => p.text)).toContain('xyz 😀');
  });
});
