/**
 * The synthesis's two outputs (issue 14): a twelve-page synthesis rendered to a real PDF (Typst,
 * PDF/UA-1) and a real DOCX, read back with poppler and a strict XML parser. Done when: the PDF is
 * tagged, in French, its sections in order with the charts' text equivalents; the DOCX is valid
 * XML with the same headings, as Word headings, in French.
 */
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../platform/docx/docx.ts';
import { renderPdf } from '../platform/pdf/typst.ts';
import { docxHeadings, readDocx } from '../../tests/support/docx.ts';
import { PDFTOTEXT_MISSING, pdfText } from '../../tests/support/pdf-text.ts';
import { pdfInfo, pdfStructStrings, pdfStructure } from '../../tests/support/pdf-structure.ts';
import { SYNTHESE_SECTION_HEADINGS, SYNTHESE_SECTION_KEYS, type SyntheseContent } from './domain/content.ts';
import { PISTES_CHART, RIASEC_CHART, sampleSyntheseContent } from './domain/fixture.ts';
import { buildSynthesePdf, confidentialityFooter } from './domain/synthese-pdf.ts';

const SECTION_HEADINGS = SYNTHESE_SECTION_KEYS.map((k) => SYNTHESE_SECTION_HEADINGS[k]);
const content = sampleSyntheseContent();
const document = buildSynthesePdf(content);

/** The headings both outputs must show, in order: the title, the sections, the plan's horizons. */
const EXPECTED_HEADINGS = [
  'H1: Document de synthèse',
  ...SECTION_HEADINGS.slice(0, 5).map((h) => `H2: ${h}`),
  'H3: À court terme',
  'H3: À moyen terme',
  'H3: À long terme',
  ...SECTION_HEADINGS.slice(5).map((h) => `H2: ${h}`),
];

/** Text written by people, with Typst and XML markup and a control character. */
function hostile(base: SyntheseContent): SyntheseContent {
  const odd = 'Texte #[evil] $x$ *gras* <b>gras</b> & « guillemets » \u0007fin';
  return {
    ...base,
    beneficiaryName: 'Zoé L’Hôte <b> #set',
    sections: base.sections.map((s) =>
      s.key === 'suivi'
        ? { ...s, paragraphs: [odd], charts: [{ ...RIASEC_CHART, title: 'Profil <b> #x', alt: odd }] }
        : s,
    ),
  };
}

describe.skipIf(Boolean(PDFTOTEXT_MISSING))('the synthesis as a tagged PDF (Typst, PDF/UA-1)', () => {
  const pdf = renderPdf(document);

  it('is tagged, about twelve pages, titled, in French, and declares PDF/UA-1', () => {
    const info = pdfInfo(pdf);
    expect(info.Tagged).toBe('yes');
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(11);
    expect(Number(info.Pages)).toBeLessThanOrEqual(13);
    expect(info.Title).toBe('Document de synthèse');
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/Lang (fr-FR)');
    expect(raw).toMatch(/\/MarkInfo\s*<<\s*\/Marked true/);
    // The XMP identification of PDF/UA-1, which Typst writes only when it checked the rules.
    expect(raw).toMatch(/pdfuaid:part>1</);
  });

  it('tags the title and every section heading in order, and the charts as figures with their text', () => {
    // Element types in reading order; each heading's text is its title (/T).
    expect(pdfStructure(pdf, /^(H\d|Figure)$/)).toEqual([
      'H1',
      'H2',
      'H2',
      'H2',
      'Figure',
      'H2',
      'Figure',
      'H2',
      'H3',
      'H3',
      'H3',
      'H2',
      'H2',
    ]);
    expect(pdfStructStrings(pdf, 'T').sort()).toEqual(EXPECTED_HEADINGS.map((h) => h.slice(4)).sort());
    expect(pdfStructStrings(pdf, 'Alt').sort()).toEqual([RIASEC_CHART.alt, PISTES_CHART.alt].sort());
  });

  it('reads in order: every section heading, the charts’ values, the plan, the confidentiality footer', () => {
    const text = pdfText(pdf);
    const positions = SECTION_HEADINGS.map((h) => text.indexOf(h));
    expect(
      positions.every((p) => p >= 0),
      JSON.stringify(positions),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text.indexOf('Document de synthèse')).toBeLessThan(positions[0]!);
    const interests = text.slice(positions[2], positions[3]);
    expect(interests).toContain(RIASEC_CHART.title);
    expect(interests).toMatch(/Social\s+36 points/);
    expect(interests).toMatch(/Réaliste\s+6 points/);
    const projects = text.slice(positions[3], positions[4]);
    expect(projects).toMatch(/Conseillère en insertion professionnelle\s+4,5 \/ 5/);
    expect(text.slice(positions[4], positions[5])).toContain('Échéance 31 janvier 2027');
    expect(text).toContain('Bilan du 1er septembre 2026 au 27 novembre 2026');
    expect(text).toContain('Version 2, approuvée le 1er décembre 2026');
    expect(text.split(confidentialityFooter('Nathalie Lefèvre')).length - 1).toBe(Number(pdfInfo(pdf).Pages));
  });

  it('prints people’s text as text, never as markup; a character no font has costs the PDF/UA claim, not the PDF', () => {
    const odd = renderPdf(buildSynthesePdf(hostile(content)));
    const text = pdfText(odd);
    expect(text).toContain('Texte #[evil] $x$ *gras* <b>gras</b> & « guillemets »');
    expect(text).toContain('Zoé L’Hôte <b> #set');
    expect(pdfStructStrings(odd, 'Alt')).toContain(hostile(content).sections.at(-1)!.charts[0]!.alt);
    // The control character has no glyph: Typst refuses PDF/UA-1, the renderer writes the tagged PDF.
    expect(pdfInfo(odd).Tagged).toBe('yes');
    expect(odd.toString('latin1')).toContain('/Lang (fr-FR)');
    expect(odd.toString('latin1')).not.toMatch(/pdfuaid:part/);
    const plain = renderPdf(buildSynthesePdf({ ...hostile(content), sections: content.sections }));
    expect(plain.toString('latin1')).toMatch(/pdfuaid:part>1</);
  });
});

describe('the synthesis as a DOCX (the docx library)', () => {
  it('unzips into well-formed XML with the same headings as the PDF, as Word headings, in French', async () => {
    const docx = await readDocx(await renderDocx(document));
    expect(docxHeadings(docx)).toEqual(EXPECTED_HEADINGS.map((h) => h.replace(/^H(\d): /, 'Heading$1: ')));
    // The heading styles carry an outline level, so Word's navigation pane lists them.
    const styles = docx.xml('word/styles.xml');
    for (const level of [0, 1, 2])
      expect(styles).toMatch(
        new RegExp(`w:styleId="Heading${level + 1}"[\\s\\S]*?<w:outlineLvl w:val="${level}"/>[\\s\\S]*?</w:style>`),
      );
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="fr-FR"\/>[\s\S]*<\/w:docDefaults>/);
    const core = docx.xml('docProps/core.xml');
    expect(core).toContain('<dc:title>Document de synthèse</dc:title>');
    expect(core).toContain('<dc:creator>Cap Avenir</dc:creator>');
    const header = docx.parts.find((p) => /^word\/header\d*\.xml$/.test(p));
    expect(header && docx.xml(header)).toContain('Cap Avenir');
    const footer = docx.parts.find((p) => /^word\/footer\d*\.xml$/.test(p));
    expect(footer && docx.xml(footer)).toContain(confidentialityFooter('Nathalie Lefèvre'));
  });

  it('carries the same paragraphs, each chart as its text then a table of values, and the plan', async () => {
    const docx = await readDocx(await renderDocx(document));
    const texts = docx.paragraphs.map((p) => p.text);
    for (const section of content.sections) for (const p of section.paragraphs) expect(texts).toContain(p);
    expect(texts).toContain(RIASEC_CHART.alt);
    expect(texts).toContain(PISTES_CHART.alt);
    const riasec = docx.tables.find((t) => t.rows[1]?.[0] === 'Réaliste');
    expect(riasec).toEqual({
      header: true,
      rows: [['Élément', 'Valeur (points)'], ...RIASEC_CHART.bars.map((b) => [b.label, `${b.value}\u00A0points`])],
    });
    const pistes = docx.tables.find((t) => t.rows[1]?.[0] === 'Conseillère en insertion professionnelle');
    expect(pistes?.rows[1]).toEqual(['Conseillère en insertion professionnelle', '4,5\u00A0/ 5']);
    expect(texts).toContain('Échéance : 31 janvier 2027');
    expect(texts).toContain('Bilan du 1er septembre 2026 au 27 novembre 2026');
  });

  it('keeps people’s text verbatim and the file valid, a control character dropped', async () => {
    const docx = await readDocx(await renderDocx(buildSynthesePdf(hostile(content))));
    const texts = docx.paragraphs.map((p) => p.text);
    expect(texts).toContain('Texte #[evil] $x$ *gras* <b>gras</b> & « guillemets » fin');
    expect(texts).toContain('Profil <b> #x');
    expect(docx.xml('word/document.xml')).toContain('&lt;b&gt;gras&lt;/b&gt; &amp; « guillemets »');
  });
});
