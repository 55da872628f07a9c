import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Vocabulary } from './vocabulary.ts';

function vocabulary(...words: string[]): Vocabulary {
  const v = new Vocabulary();
  for (const w of words) v.add(w, w);
  v.seal();
  return v;
}

/** Optimal string alignment distance, the reference for `near`. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min(
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

describe('Vocabulary', () => {
  it('groups gender and plural forms under one term', () => {
    const v = vocabulary('conducteur', 'conductrice', 'conducteurs');
    expect(v.terms).toEqual(['conducteur']);
    expect(v.termOfStem('conductrices')).toBe(0);
  });

  it('lists longer words sharing a prefix, shortest first, bounded', () => {
    const v = vocabulary('agricole', 'agriculture', 'agri', 'agent', 'agricoles');
    expect(v.withPrefix('agri', 10).map((id) => v.surfaces[id])).toEqual(['agricole', 'agricoles', 'agriculture']);
    expect(v.withPrefix('agri', 1)).toHaveLength(1);
    expect(v.withPrefix('zz', 10)).toEqual([]);
  });

  it('finds the words at distance 1 (with transpositions), else at distance 2 with the same first letter', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 30 }),
        word,
        fc.integer({ min: 0, max: 2 }),
        (list, query, max) => {
          const v = vocabulary(...list);
          const found = v
            .near(query, max)
            .map(({ surface, distance }) => [v.surfaces[surface] ?? '', distance] as const);
          const scored = list.map((w) => [w, osa(query, w)] as const);
          const close = scored.filter(([, d]) => d <= Math.min(max, 1));
          const expected =
            close.length > 0 || max < 2 ? close : scored.filter(([w, d]) => d === 2 && w[0] === query[0]);
          expect(new Map(found)).toEqual(new Map(expected));
        },
      ),
      { numRuns: 500 },
    );
  });
});
