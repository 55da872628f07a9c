import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN } from './question-schema.ts';
import { slugFromLabel, uniqueSlug } from './slug.ts';

describe('identifiers from labels', () => {
  it('makes readable slugs from French labels', () => {
    expect(slugFromLabel('Qu’est-ce qui compte pour vous ?', 'question')).toBe('qu-est-ce-qui-compte-pour-vous');
    expect(slugFromLabel('Cœur de métier, bien-être et réussite', 'question')).toBe(
      'coeur-de-metier-bien-etre-et-reussite',
    );
    expect(slugFromLabel('Racontez un moment où vous vous êtes senti·e pleinement à votre place', 'question')).toBe(
      'racontez-un-moment-ou-vous-vous-etes',
    );
    expect(slugFromLabel('« … » ?', 'question')).toBe('question');
    expect(slugFromLabel('', 'option')).toBe('option');
  });

  it('adds a number when the slug is taken', () => {
    expect(uniqueSlug('oui', new Set(['non']))).toBe('oui');
    expect(uniqueSlug('oui', new Set(['oui', 'oui-2']))).toBe('oui-3');
    const long = 'a'.repeat(64);
    expect(uniqueSlug(long, new Set([long]))).toBe(`${'a'.repeat(62)}-2`);
  });

  it('always follows the engine’s slug rule and never returns a taken slug', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 120 }),
        fc.array(fc.string({ maxLength: 70 }), { maxLength: 8 }),
        (label, others) => {
          const base = slugFromLabel(label, 'question');
          expect(base).toMatch(SLUG_PATTERN);
          const taken = new Set([base, ...others.map((o) => slugFromLabel(o, 'question'))]);
          const unique = uniqueSlug(base, taken);
          expect(unique).toMatch(SLUG_PATTERN);
          expect(taken.has(unique)).toBe(false);
        },
      ),
    );
  });
});
