import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { QuestionSchema } from './question-schema.ts';
import { validateAnswer } from './validate-answer.ts';

const cardIds = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'];
const pileIds = ['p1', 'p2', 'p3'];
const sort = QuestionSchema.parse({
  id: 'tri',
  type: 'card_sort',
  label: 'Tri',
  cards: cardIds.map((id) => ({ id, label: id.toUpperCase() })),
  piles: pileIds.map((id) => ({ id, label: id.toUpperCase() })),
});
const ranking = QuestionSchema.parse({
  id: 'rang',
  type: 'ranking',
  label: 'Classement',
  items: cardIds.map((value) => ({ value, label: value })),
});

describe('engine properties', () => {
  it('a card sort is refused with card_in_two_piles exactly when a card lies in two different piles', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...cardIds), fc.constantFrom(...pileIds)), { maxLength: 12 }),
        (placements) => {
          const piles: Record<string, string[]> = {};
          for (const [card, pile] of placements) (piles[pile] ??= []).push(card);
          const pilesOf = (card: string) => new Set(placements.filter(([c]) => c === card).map(([, p]) => p));
          const inTwo = cardIds.some((card) => pilesOf(card).size > 1);
          const r = validateAnswer(sort, { piles }, 'draft');
          const codes = r.ok ? [] : r.errors.map((e) => e.code);
          expect(codes.includes('card_in_two_piles')).toBe(inTwo);
        },
      ),
    );
  });

  it('a complete sort without duplicates is always accepted', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pileIds), { minLength: 6, maxLength: 6 }), (assignment) => {
        const piles: Record<string, string[]> = {};
        assignment.forEach((pile, i) => (piles[pile] ??= []).push(cardIds[i] as string));
        expect(validateAnswer(sort, { piles }).ok).toBe(true);
      }),
    );
  });

  it('a ranking is refused with ranking_duplicate exactly when an item repeats', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...cardIds), { minLength: 1, maxLength: 6 }), (order) => {
        const r = validateAnswer(ranking, order, 'draft');
        const hasDuplicate = new Set(order).size !== order.length;
        expect(!r.ok && r.errors.some((e) => e.code === 'ranking_duplicate')).toBe(hasDuplicate);
      }),
    );
  });
});
