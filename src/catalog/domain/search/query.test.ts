import { describe, expect, it } from 'vitest';
import { parseQuery, QUERY_BOUNDS } from './query.ts';
import { Vocabulary } from './vocabulary.ts';

const vocabulary = new Vocabulary();
for (const word of [
  'plateforme',
  'plate',
  'aide',
  'soignant',
  'responsable',
  'ressources',
  'humaines',
  'technicien',
  'technique',
])
  vocabulary.add(word, word);
vocabulary.seal();
const idf = new Float64Array(vocabulary.terms.length).fill(1);
const parse = (text: string) => parseQuery(vocabulary, idf, 1, text);

describe('parseQuery', () => {
  it('reads abbreviations, glued words and words typed in two', () => {
    expect(parse('resp rh').slots.map((s) => s.alternatives.map((a) => a.kind))).toEqual([
      ['typed', 'abbreviation'],
      ['typed', 'abbreviation'],
    ]);
    expect(parse('aidesoignant').slots[0]?.alternatives.map((a) => a.kind)).toEqual(['typed', 'split']);
    expect(parse('plate forme').slots).toHaveLength(1);
    expect(parse('plate forme').slots[0]?.alternatives.map((a) => a.kind)).toEqual(['typed', 'joined']);
  });

  it('expands a truncated last word but not a known word followed by others', () => {
    const last = parse('technique tech').atoms.map((a) => a.candidates.map((c) => c.kind));
    expect(last[0]).toEqual(['exact']);
    expect(last[1]).toEqual(['prefix', 'prefix']);
  });

  it('bounds the work: words, atoms and fuzzy lookups', () => {
    const many = Array.from({ length: 40 }, (_, i) => `mot${'x'.repeat(i % 7)}${i}`).join(' ');
    const parsed = parse(many);
    expect(parsed.slots.length).toBeLessThanOrEqual(QUERY_BOUNDS.maxWords);
    expect(parsed.atoms.length).toBeLessThanOrEqual(QUERY_BOUNDS.maxAtoms);
    expect(parse('responsable '.repeat(50)).slots).toHaveLength(1);
    expect(parse(`${'technicien '.repeat(19)}responsable`).atoms.map((a) => a.word.folded)).toEqual(['technicien']);
    expect(parse(`${'a'.repeat(5000)} technicien`).slots).toEqual([]);
  });
});
