import { describe, expect, it } from 'vitest';
import { validateAnswer } from '../../../questionnaires/domain/validate-answer.ts';
import { allQuestions } from '../../../questionnaires/domain/definition-schema.ts';
import { InstrumentSourceSchema } from '../provenance.ts';
import { ANCHORS, SCHWARTZ_VALUES, VALUE_CARDS, VALUES_SOURCE, WORK_VALUES } from './cards.ts';
import { VALUES_DEFINITION, VALUES_SORT_QUESTION } from './definition.ts';
import { valuesReport } from './report.ts';
import { scoreValues } from './scoring.ts';

const essentiel = ['organiser-mon-travail', 'mon-rythme', 'apprendre', 'mes-idees', 'creer-activite', 'emploi-stable'];
const important = [
  'variete',
  'defis',
  'changer',
  'plaisir',
  'ambiance',
  'vie-perso',
  'objectifs',
  'resultat-concret',
  'qualite-reconnue',
  'evoluer',
];
const secondaire = VALUE_CARDS.map((c) => c.id).filter((id) => !essentiel.includes(id) && !important.includes(id));
const sort = {
  piles: { essentiel, important, secondaire },
  top: ['organiser-mon-travail', 'mes-idees', 'creer-activite', 'apprendre', 'emploi-stable'],
};
const question = allQuestions(VALUES_DEFINITION).find((q) => q.id === VALUES_SORT_QUESTION);
if (!question) throw new Error('card sort question missing');

describe('values cards', () => {
  it('holds 36 cards written for Sillage, every theory category covered, with source and licence', () => {
    expect(InstrumentSourceSchema.parse(VALUES_SOURCE).itemCount).toBe(36);
    expect(VALUE_CARDS).toHaveLength(36);
    expect(new Set(VALUE_CARDS.map((c) => c.id)).size).toBe(36);
    for (const v of Object.keys(SCHWARTZ_VALUES)) expect(VALUE_CARDS.some((c) => c.value === v)).toBe(true);
    for (const w of Object.keys(WORK_VALUES)) expect(VALUE_CARDS.some((c) => c.workValue === w)).toBe(true);
    for (const a of Object.keys(ANCHORS)) expect(VALUE_CARDS.some((c) => c.anchor === a)).toBe(true);
  });

  it('accepts the sort, refuses a card in two piles and a top taken outside « essentiel »', () => {
    expect(validateAnswer(question, sort).ok).toBe(true);
    const twice = validateAnswer(question, {
      ...sort,
      piles: { ...sort.piles, important: [...important, 'mon-rythme'] },
    });
    expect(twice.ok ? [] : twice.errors.map((e) => e.code)).toEqual(['card_in_two_piles']);
    const outside = validateAnswer(question, {
      ...sort,
      top: ['organiser-mon-travail', 'mes-idees', 'creer-activite', 'apprendre', 'variete'],
    });
    expect(outside.ok ? [] : outside.errors.map((e) => e.code)).toEqual(['top_not_in_pile']);
  });
});

describe('ipsative values scoring (hand-worked)', () => {
  const r = scoreValues(sort);
  it('scores cards by pile and top rank', () => {
    // Top bonus 5, 4, 3, 2, 1 on top of 3 points for « essentiel ».
    expect(r.cardPoints).toMatchObject({
      'organiser-mon-travail': 8,
      'mes-idees': 7,
      'creer-activite': 6,
      apprendre: 5,
      'emploi-stable': 4,
      'mon-rythme': 3,
      variete: 2,
      justice: 1,
    });
    // Total = 8 + 7 + 6 + 5 + 4 + 3 + 10 × 2 + 20 × 1 = 73; mean 73 / 36 = 2.028.
    expect(r.overallMean).toBeCloseTo(73 / 36, 10);
  });

  it('orders values by mean points, centred on the person’s mean', () => {
    // Autonomie: (8 + 3 + 5 + 7 + 6) / 5 = 5.8 → +3.77; sécurité: (4 + 1 + 1 + 1 + 1) / 5 = 1.6.
    expect(r.values.map((v) => v.id)).toEqual([
      'autonomie',
      'stimulation',
      'hedonisme',
      'reussite',
      'securite',
      'pouvoir',
      'conformite',
      'tradition',
      'bienveillance',
      'universalisme',
    ]);
    expect(r.values[0]).toMatchObject({ mean: 5.8, rank: 1 });
    expect(r.values[0]?.centred).toBeCloseTo(5.8 - 73 / 36, 10);
    expect(r.values.find((v) => v.id === 'securite')?.mean).toBeCloseTo(1.6, 10);
  });

  it('computes poles and flags the openness ↔ continuity tension', () => {
    // Ouverture: 11 cards, 29 + 6 + 6 = 41 → 3.727; continuité: 11 cards, 8 + 3 + 3 = 14 → 1.273.
    expect(r.poles.map((p) => [p.id, Number(p.mean.toFixed(3))])).toEqual([
      ['ouverture', 3.727],
      ['affirmation', 1.571],
      ['continuite', 1.273],
      ['depassement', 1],
    ]);
    // « Emploi stable » (continuité) sits in the top 5 with four openness cards: tension.
    expect(r.tensions[0]).toMatchObject({
      poles: ['ouverture', 'continuite'],
      bothAboveAverage: false,
      bothInTop: true,
      tension: true,
    });
    expect(r.tensions[0]?.balance).toBeCloseTo(41 / 11 - 14 / 11, 10);
    expect(r.tensions[1]).toMatchObject({ poles: ['affirmation', 'depassement'], tension: false });
  });

  it('reports priorities and tensions in French, with a data table', () => {
    const report = valuesReport(r, { audience: 'beneficiaire', date: '2026-03-02' });
    expect(report.summary[0]).toContain('1. Choisir moi-même comment j’organise mon travail');
    expect(report.dataTable?.rows[0]).toEqual({
      rang: '1',
      valeur: 'Autonomie de pensée et d’action',
      pole: 'Ouverture au changement',
      score: '5,8',
      ecart: '+3,8',
    });
    expect(report.sections.find((s) => s.id === 'tensions')?.paragraphs[0]).toContain(
      '« Ouverture au changement » et « Continuité et sécurité »',
    );
    expect(report.discussion.heading).toBe('À discuter avec votre consultant·e');
  });
});
