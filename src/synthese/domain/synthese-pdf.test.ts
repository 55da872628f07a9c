import { describe, expect, it } from 'vitest';
import type { PdfBlock } from '../../documents/domain/model.ts';
import { SYNTHESE_SECTION_HEADINGS, SYNTHESE_SECTION_KEYS, type SyntheseContent } from './content.ts';
import { PISTES_CHART, RIASEC_CHART, sampleSyntheseContent } from './fixture.ts';
import { NO_STEP_SENTENCE, buildSynthesePdf, chartAlt, periodLine, versionLine } from './synthese-pdf.ts';

const headings = (blocks: PdfBlock[]) => blocks.filter((b) => b.type === 'heading').map((b) => b.text);

/** The blocks between a section's heading and the next heading. */
function sectionOf(blocks: PdfBlock[], heading: string): PdfBlock[] {
  const start = blocks.findIndex((b) => b.type === 'heading' && b.text === heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const next = blocks.findIndex((b, i) => i > start && b.type === 'heading');
  return blocks.slice(start + 1, next === -1 ? undefined : next);
}

function withSection(content: SyntheseContent, key: string, patch: object): SyntheseContent {
  return { ...content, sections: content.sections.map((s) => (s.key === key ? { ...s, ...patch } : s)) };
}

describe('the synthesis as a document of the shared layout', () => {
  const content = sampleSyntheseContent();
  const document = buildSynthesePdf(content);

  it('is titled, names the beneficiary and the consultant, and dates itself in French', () => {
    expect(document.title).toBe('Document de synthèse');
    expect(document.subtitle).toBe('Bilan de compétences de Nathalie Lefèvre, accompagné par Claire Martin');
    expect(document.organisation).toEqual({ name: 'Cap Avenir', lines: ['12 rue de la République', '69002 Lyon'] });
    expect(document.meta).toEqual([
      'Bilan du 1er septembre 2026 au 27 novembre 2026',
      'Version 2, approuvée le 1er décembre 2026',
      'Édité le 2 décembre 2026',
    ]);
  });

  it('says the period and the version as they are known', () => {
    expect(periodLine({ startedOn: '2026-03-02', endedOn: null })).toBe('Bilan commencé le 2 mars 2026');
    expect(periodLine({ startedOn: null, endedOn: '2026-06-01' })).toBe('Bilan terminé le 1er juin 2026');
    expect(periodLine({ startedOn: null, endedOn: null })).toBeNull();
    expect(versionLine({ number: 1, approvedOn: null })).toBe('Version 1, en préparation');
    const draft = buildSynthesePdf({
      ...content,
      period: { startedOn: null, endedOn: null },
      version: { number: 3, approvedOn: null },
    });
    expect(draft.meta).toEqual(['Version 3, en préparation', 'Édité le 2 décembre 2026']);
  });

  it('carries the confidentiality mention in the footer, no signature box, and asks for PDF/UA-1', () => {
    expect(document.footer).toBe(
      'Document confidentiel, propriété de Nathalie Lefèvre (article L6313-4 du Code du travail)',
    );
    expect(document.signers).toEqual([]);
    expect(document.signatures).toBeNull();
    expect(document.standard).toBe('ua-1');
    expect(document.brand).toBeUndefined();
    const brand = { accent: '#8a1c1c', logo: null };
    expect(buildSynthesePdf({ ...content, brand }).brand).toEqual(brand);
  });

  it('lays the sections out in their order, each heading followed by its paragraphs then its charts', () => {
    expect(headings(document.blocks)).toEqual(SYNTHESE_SECTION_KEYS.map((k) => SYNTHESE_SECTION_HEADINGS[k]));
    const interests = sectionOf(document.blocks, SYNTHESE_SECTION_HEADINGS.interets);
    const section = content.sections.find((s) => s.key === 'interets')!;
    expect(interests.slice(0, section.paragraphs.length)).toEqual(
      section.paragraphs.map((text) => ({ type: 'paragraph', text })),
    );
    expect(interests.slice(section.paragraphs.length)).toEqual([{ type: 'chart', ...RIASEC_CHART }]);
    expect(sectionOf(document.blocks, SYNTHESE_SECTION_HEADINGS.projets).at(-1)).toEqual({
      type: 'chart',
      ...PISTES_CHART,
    });
  });

  it('groups the action steps by horizon, short term first, keeping their order within a horizon', () => {
    const steps = sectionOf(document.blocks, SYNTHESE_SECTION_HEADINGS.etapes).filter(
      (b) => b.type === 'subheading' || b.type === 'entry',
    );
    expect(steps.map((b) => (b.type === 'subheading' ? `# ${b.text}` : b.type === 'entry' ? b.title : ''))).toEqual([
      '# À court terme',
      'Effectuer une période de mise en situation en milieu professionnel dans une mission locale',
      'Déposer le dossier de projet de transition professionnelle',
      'Demander un rendez-vous au conseil en évolution professionnelle',
      '# À moyen terme',
      'Suivre la formation au titre professionnel de conseiller en insertion professionnelle',
      'Rejoindre un réseau de professionnels de l’insertion',
      '# À long terme',
      'Prendre un poste de conseillère en insertion professionnelle',
    ]);
    expect(steps[1]).toEqual({
      type: 'entry',
      title: 'Effectuer une période de mise en situation en milieu professionnel dans une mission locale',
      rows: [
        ['Qui', 'Madame Lefèvre, avec l’appui de sa consultante'],
        ['Échéance', '31 janvier 2027'],
        ['Ressources', 'Contact pris avec la mission locale de Villeurbanne lors de l’enquête métier'],
        ['Financement', 'Sans coût'],
        ['État', 'En cours'],
      ],
    });
    // No date: said so; no funding: the row is left out.
    expect(steps[6]).toMatchObject({ rows: expect.arrayContaining([['Échéance', 'Sans échéance']]) });
    expect(steps[8]).toMatchObject({ rows: expect.not.arrayContaining([expect.arrayContaining(['Financement'])]) });
  });

  it('puts the horizons in order whatever the steps’ order, and says when there is no step', () => {
    const plan = content.sections.find((s) => s.key === 'etapes')!;
    const shuffled = withSection(content, 'etapes', { steps: [...plan.steps!].reverse() });
    const order = sectionOf(buildSynthesePdf(shuffled).blocks, SYNTHESE_SECTION_HEADINGS.etapes)
      .filter((b) => b.type === 'subheading')
      .map((b) => (b.type === 'subheading' ? b.text : ''));
    expect(order).toEqual(['À court terme', 'À moyen terme', 'À long terme']);

    const none = withSection(content, 'etapes', { paragraphs: [], steps: [] });
    expect(sectionOf(buildSynthesePdf(none).blocks, SYNTHESE_SECTION_HEADINGS.etapes)).toEqual([
      { type: 'paragraph', text: NO_STEP_SENTENCE },
    ]);
  });

  it('never leaves a heading alone: a part with nothing written (blank paragraphs) is left out', () => {
    const empty = withSection(content, 'suivi', { paragraphs: ['  ', ''], charts: [] });
    expect(headings(buildSynthesePdf(empty).blocks)).not.toContain(SYNTHESE_SECTION_HEADINGS.suivi);
    expect(headings(buildSynthesePdf(empty).blocks)).toContain(SYNTHESE_SECTION_HEADINGS.confidentialite);
  });

  it('gives every chart a text equivalent and a scale, even when the author wrote none', () => {
    const bare = {
      title: 'Profil',
      alt: '  ',
      unit: 'points',
      max: 0,
      bars: [
        { label: 'Social', value: 36.5 },
        { label: 'Réaliste', value: 6 },
      ],
    };
    expect(chartAlt(bare)).toBe('Profil. Social : 36,5\u00A0points ; Réaliste : 6\u00A0points.');
    expect(chartAlt({ ...bare, bars: [] })).toBe('Profil : aucune valeur.');
    const drawn = buildSynthesePdf(withSection(content, 'interets', { charts: [bare] })).blocks.find(
      (b) => b.type === 'chart',
    );
    expect(drawn).toMatchObject({ alt: 'Profil. Social : 36,5\u00A0points ; Réaliste : 6\u00A0points.', max: 36.5 });
  });

  it('gives a long run without spaces places to break', () => {
    const url = 'https://www.francecompetences.fr/' + 'a'.repeat(60);
    const document = buildSynthesePdf(withSection(content, 'suivi', { paragraphs: [url] }));
    const text = sectionOf(document.blocks, SYNTHESE_SECTION_HEADINGS.suivi)[0];
    expect(text).toEqual({ type: 'paragraph', text: expect.stringContaining('\u200B') });
    expect(text?.type === 'paragraph' && text.text.replaceAll('\u200B', '')).toBe(url);
  });
});
