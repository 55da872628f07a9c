import { describe, expect, it } from 'vitest';
import { checkAuthoredDefinition } from './authoring-messages.ts';

const base = (questions: unknown[], extra: Record<string, unknown> = {}) => ({
  id: 'mon-cahier',
  version: 2,
  kind: 'worksheet',
  title: 'Mon cahier',
  intro: 'Bonjour.',
  ...extra,
  sections: [{ id: 'debut', title: 'Début', questions }],
});

describe('messages for the author of a worksheet', () => {
  it('names each structural problem in French, keyed by the path of its field', () => {
    const check = checkAuthoredDefinition(
      base(
        [
          { id: 'a', type: 'single_choice', label: 'Un choix', options: [{ value: 'seule', label: 'Seule option' }] },
          {
            id: 'b',
            type: 'scale',
            label: ' ',
            min: 1,
            max: 'cinq',
            anchors: [
              { value: 1, label: '' },
              { value: 5, label: 'Beaucoup' },
            ],
          },
          { id: 'c', type: 'long_text', label: 'Texte', maxLength: 0 },
          { id: 'd', type: 'ranking', label: 'Classement', items: [] },
        ],
        { title: '' },
      ),
    );
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.fields).toEqual({
      title: 'Donnez un titre au cahier.',
      'sections.0.questions.0.options': 'Proposez au moins deux options.',
      'sections.0.questions.1.label': 'Écrivez le libellé de la question.',
      'sections.0.questions.1.max': 'Indiquez un nombre entier.',
      'sections.0.questions.1.anchors.0.label': 'Écrivez le libellé de ce point de l’échelle.',
      'sections.0.questions.2.maxLength': 'Indiquez un nombre de caractères supérieur à zéro.',
      'sections.0.questions.3.items': 'Proposez au moins deux éléments à classer.',
    });
  });

  it('puts integrity problems next to their field too', () => {
    const check = checkAuthoredDefinition(
      base([
        {
          id: 'a',
          type: 'scale',
          label: 'Échelle',
          min: 5,
          max: 1,
          anchors: [
            { value: 1, label: 'Peu' },
            { value: 5, label: 'Beaucoup' },
          ],
        },
        {
          id: 'b',
          type: 'multiple_choice',
          label: 'Plusieurs',
          maxSelections: 3,
          options: [
            { value: 'x', label: 'X' },
            { value: 'y', label: 'Y' },
          ],
        },
        { id: 'c', type: 'short_text', label: 'Suite', showIf: { all: [{ questionId: 'z', operator: 'answered' }] } },
        { id: 'a', type: 'short_text', label: 'Doublon' },
        {
          id: 'e',
          type: 'scale',
          label: 'Trop de points',
          min: 0,
          max: 100,
          anchors: [
            { value: 0, label: 'Rien' },
            { value: 100, label: 'Tout' },
          ],
        },
      ]),
    );
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.fields).toEqual({
      'sections.0.questions.0.max': 'Le maximum doit être supérieur au minimum.',
      'sections.0.questions.1.maxSelections': 'Le nombre maximal de choix dépasse le nombre d’options.',
      'sections.0.questions.2.showIf': 'La condition d’affichage doit porter sur une question précédente (« z »).',
      'sections.0.questions.3.id': 'L’identifiant de question « a » est en double.',
      'sections.0.questions.4.max': 'Une échelle compte au plus 21 points.',
    });
  });

  it('accepts a sound definition and applies the engine’s defaults', () => {
    const check = checkAuthoredDefinition(base([{ id: 'a', type: 'short_text', label: 'Un mot' }]));
    expect(check.ok && check.definition.sections[0]!.questions[0]).toMatchObject({ required: true, maxLength: 200 });
    const long = checkAuthoredDefinition(
      base([{ id: 'a', type: 'short_text', label: 'Un mot' }], { title: 'T'.repeat(201) }),
    );
    expect(long.ok ? null : long.fields).toEqual({ title: 'Le titre ne peut pas dépasser 200 caractères.' });
  });
});
