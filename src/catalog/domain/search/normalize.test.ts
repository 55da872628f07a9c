import { describe, expect, it } from 'vitest';
import { foldWord, stem, words } from './normalize.ts';

describe('words', () => {
  it('splits on apostrophes, hyphens and punctuation, folds accents and drops stop words', () => {
    expect(words('Conducteur / Conductrice d’engins agricoles').map((w) => w.folded)).toEqual([
      'conducteur',
      'conductrice',
      'engins',
      'agricoles',
    ]);
    expect(words("AIDE-SOIGNANTE d'Œnologie").map((w) => w.folded)).toEqual(['aide', 'soignante', 'oenologie']);
    expect(words('Développeur').map((w) => w.display)).toEqual(['développeur']);
  });

  it('ignores control characters and regex or SQL metacharacters', () => {
    expect(words("\u0000x'; DROP TABLE--\t.*+?^${}()|[]\\").map((w) => w.folded)).toEqual(['x', 'drop', 'table']);
  });

  it('drops elided letters but keeps other single letters and digits', () => {
    expect(words("Permis C, niveau 3 à l'usine").map((w) => w.folded)).toEqual(['permis', 'c', 'niveau', '3', 'usine']);
  });

  it('folds ligatures', () => {
    expect(foldWord('Manœuvre')).toBe('manoeuvre');
  });
});

describe('stem', () => {
  it.each([
    ['conductrice', 'conducteur'],
    ['vendeuse', 'vendeur'],
    ['cheffe', 'chef'],
    ['technicienne', 'technicien'],
    ['commerciaux', 'commercial'],
    ['commerciale', 'commercial'],
    ['employee', 'employe'],
    ['boulangere', 'boulanger'],
    ['sportive', 'sportif'],
    ['maitresse', 'maitre'],
    ['commise', 'commis'],
    ['agricoles', 'agricole'],
    ['maconne', 'macon'],
  ])('%s and %s share a stem', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it('keeps short words', () => {
    expect(stem('bus')).toBe('bus');
  });
});
