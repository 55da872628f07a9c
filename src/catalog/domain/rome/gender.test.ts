import { describe, expect, it } from 'vitest';
import { splitGenderForms } from './gender.ts';

describe('splitGenderForms', () => {
  it.each([
    ["Conducteur / Conductrice d'engins agricoles", "Conducteur d'engins agricoles", "Conductrice d'engins agricoles"],
    [
      'Agent commercial / Agente commerciale en immobilier',
      'Agent commercial en immobilier',
      'Agente commerciale en immobilier',
    ],
    ['Chef de projet / Cheffe de projet design', 'Chef de projet design', 'Cheffe de projet design'],
    ['Instrumentiste Industriel / Industrielle', 'Instrumentiste Industriel', 'Instrumentiste Industrielle'],
    [
      'Médecin Anesthésiste Réanimateur / Réanimatrice (MAR)',
      'Médecin Anesthésiste Réanimateur (MAR)',
      'Médecin Anesthésiste Réanimatrice (MAR)',
    ],
    ['Aide-soignant / Aide-soignante', 'Aide-soignant', 'Aide-soignante'],
    ['Homme sage-femme / Sage-femme', 'Homme sage-femme', 'Sage-femme'],
    [
      'Fundraiser - Collecteur / Collectrice de fonds',
      'Fundraiser - Collecteur de fonds',
      'Fundraiser - Collectrice de fonds',
    ],
    ['Maçon / Maçonne', 'Maçon', 'Maçonne'],
  ])('%s', (label, masculine, feminine) => {
    expect(splitGenderForms(label)).toEqual({ masculine, feminine });
  });

  it('keeps epicene titles and slashes without spaces as they are', () => {
    expect(splitGenderForms('Architecte')).toEqual({ masculine: 'Architecte', feminine: 'Architecte' });
    expect(splitGenderForms('Analyste biologie/microbiologie')).toEqual({
      masculine: 'Analyste biologie/microbiologie',
      feminine: 'Analyste biologie/microbiologie',
    });
  });

  it('falls back to replacing the last word when no form aligns', () => {
    expect(splitGenderForms('Responsable plate-forme expédition / Livraison')).toEqual({
      masculine: 'Responsable plate-forme expédition',
      feminine: 'Responsable plate-forme Livraison',
    });
  });
});
