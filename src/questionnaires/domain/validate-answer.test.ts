import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { QuestionSchema, type Question } from './question-schema.ts';
import { validateAnswer } from './validate-answer.ts';

const q = (input: unknown): Question => QuestionSchema.parse(input);

const scale = q({
  id: 'satisfaction',
  type: 'scale',
  label: 'Votre satisfaction',
  min: 1,
  max: 5,
  anchors: [
    { value: 1, label: 'Pas du tout' },
    { value: 5, label: 'Tout à fait' },
  ],
});
const ranking = q({
  id: 'priorites',
  type: 'ranking',
  label: 'Classez',
  items: [
    { value: 'a', label: 'A' },
    { value: 'b', label: 'B' },
    { value: 'c', label: 'C' },
  ],
});
const cards = q({
  id: 'tri',
  type: 'card_sort',
  label: 'Triez les cartes',
  cards: [
    { id: 'c1', label: 'Autonomie' },
    { id: 'c2', label: 'Sécurité' },
    { id: 'c3', label: 'Création' },
  ],
  piles: [
    { id: 'essentiel', label: 'Essentiel' },
    { id: 'secondaire', label: 'Secondaire' },
  ],
  top: { count: 2, fromPiles: ['essentiel'], label: 'Vos deux cartes les plus importantes' },
});
const multi = q({
  id: 'raisons',
  type: 'multiple_choice',
  label: 'Raisons',
  options: [
    { value: 'x', label: 'X' },
    { value: 'y', label: 'Y' },
    { value: 'z', label: 'Z' },
  ],
  minSelections: 1,
  maxSelections: 2,
});
const table = q({
  id: 'postes',
  type: 'table',
  label: 'Vos postes',
  minRows: 1,
  columns: [
    { id: 'intitule', label: 'Intitulé', type: 'short_text', required: true },
    { id: 'debut', label: 'Début', type: 'year' },
    {
      id: 'note',
      label: 'Satisfaction',
      type: 'scale',
      min: 1,
      max: 5,
      anchors: [
        { value: 1, label: 'Basse' },
        { value: 5, label: 'Haute' },
      ],
    },
  ],
});

const codes = (r: ReturnType<typeof validateAnswer>) => (r.ok ? [] : r.errors.map((e) => e.code));

describe('validateAnswer', () => {
  it('refuses an answer outside the scale, with a French message', () => {
    const r = validateAnswer(scale, 6);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]).toMatchObject({ code: 'scale_out_of_range', questionId: 'satisfaction' });
      expect(r.errors[0]?.message).toBe('Choisissez une valeur entre 1 et 5.');
    }
    expect(codes(validateAnswer(scale, 2.5))).toEqual(['scale_not_integer']);
    expect(codes(validateAnswer(scale, '3'))).toEqual(['wrong_type']);
    expect(validateAnswer(scale, 5)).toEqual({ ok: true, value: 5 });
  });

  it('accepts every point of the scale and nothing else (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 50 }), (v) => {
        expect(validateAnswer(scale, v).ok).toBe(v >= 1 && v <= 5);
      }),
    );
  });

  it('refuses a ranking with duplicates, unknown items or missing ranks', () => {
    expect(codes(validateAnswer(ranking, ['a', 'a', 'b']))).toEqual(['ranking_duplicate']);
    expect(codes(validateAnswer(ranking, ['a', 'b', 'q']))).toEqual(['ranking_unknown_item']);
    expect(codes(validateAnswer(ranking, ['a', 'b']))).toEqual(['ranking_incomplete']);
    expect(validateAnswer(ranking, ['a', 'b'], 'draft').ok).toBe(true);
    expect(codes(validateAnswer(ranking, ['a', 'a'], 'draft'))).toEqual(['ranking_duplicate']);
    expect(validateAnswer(ranking, ['c', 'a', 'b'])).toEqual({ ok: true, value: ['c', 'a', 'b'] });
  });

  it('refuses a card placed in two piles, even in a draft', () => {
    const value = { piles: { essentiel: ['c1', 'c2'], secondaire: ['c2', 'c3'] } };
    for (const mode of ['final', 'draft'] as const) {
      const r = validateAnswer(cards, value, mode);
      expect(codes(r)).toContain('card_in_two_piles');
      if (!r.ok) expect(r.errors.find((e) => e.code === 'card_in_two_piles')?.message).toContain('« Sécurité »');
    }
  });

  it('requires every card sorted and a top taken from the right pile, but not in a draft', () => {
    expect(codes(validateAnswer(cards, { piles: { essentiel: ['c1'] } }))).toEqual(['card_unsorted']);
    expect(validateAnswer(cards, { piles: { essentiel: ['c1'] } }, 'draft').ok).toBe(true);
    const sorted = { piles: { essentiel: ['c1', 'c2'], secondaire: ['c3'] } };
    expect(codes(validateAnswer(cards, sorted))).toEqual(['top_wrong_count']);
    expect(codes(validateAnswer(cards, { ...sorted, top: ['c1', 'c3'] }))).toContain('top_not_in_pile');
    expect(codes(validateAnswer(cards, { ...sorted, top: ['c1', 'c1'] }))).toContain('top_duplicate');
    expect(validateAnswer(cards, { ...sorted, top: ['c2', 'c1'] })).toEqual({
      ok: true,
      value: { ...sorted, top: ['c2', 'c1'] },
    });
    // Only one card in "essentiel": the top holds that one card.
    const one = { piles: { essentiel: ['c1'], secondaire: ['c2', 'c3'] } };
    expect(validateAnswer(cards, { ...one, top: ['c1'] }).ok).toBe(true);
    expect(codes(validateAnswer(cards, { piles: { ailleurs: ['c1'] } }, 'draft'))).toEqual(['pile_unknown']);
    expect(codes(validateAnswer(cards, { piles: { essentiel: ['c9'] } }, 'draft'))).toEqual(['card_unknown']);
    expect(codes(validateAnswer(cards, { piles: { essentiel: ['c1', 'c1'] } }, 'draft'))).toEqual(['card_duplicate']);
  });

  it('checks the number of choices', () => {
    expect(codes(validateAnswer(multi, ['x', 'y', 'z']))).toEqual(['choice_too_many']);
    expect(codes(validateAnswer(multi, ['x', 'x']))).toEqual(['choice_duplicate']);
    expect(codes(validateAnswer(multi, ['w']))).toEqual(['choice_unknown']);
    expect(validateAnswer(multi, ['y'])).toEqual({ ok: true, value: ['y'] });
  });

  it('reports a missing required answer only in final mode', () => {
    expect(codes(validateAnswer(scale, undefined))).toEqual(['required']);
    expect(codes(validateAnswer(multi, []))).toEqual(['required']);
    expect(validateAnswer(scale, undefined, 'draft')).toEqual({ ok: true, value: undefined });
    const optional = q({ id: 'libre', type: 'long_text', label: 'Libre', required: false });
    expect(validateAnswer(optional, '   ')).toEqual({ ok: true, value: undefined });
  });

  it('keeps text as typed and bounds its length', () => {
    const text = q({ id: 'court', type: 'short_text', label: 'Court', maxLength: 5 });
    expect(validateAnswer(text, ' été ')).toEqual({ ok: true, value: ' été ' });
    expect(codes(validateAnswer(text, 'abcdef'))).toEqual(['text_too_long']);
  });

  it('validates table rows cell by cell, ignoring empty rows on submission', () => {
    const rows = [
      { intitule: 'Comptable', debut: 2012, note: 4 },
      { intitule: '', debut: '' },
    ];
    expect(validateAnswer(table, rows)).toEqual({ ok: true, value: [{ intitule: 'Comptable', debut: 2012, note: 4 }] });
    const bad = validateAnswer(table, [{ debut: 1850, note: 9, inconnu: 'x' }]);
    expect(codes(bad).sort()).toEqual([
      'table_cell_invalid',
      'table_cell_invalid',
      'table_cell_required',
      'table_unknown_column',
    ]);
    if (!bad.ok)
      expect(bad.errors.find((e) => e.code === 'table_cell_required')?.message).toBe(
        'Ligne 1 : la colonne « Intitulé » est à remplir.',
      );
    expect(codes(validateAnswer(table, [{}]))).toEqual(['required']);
  });
});
