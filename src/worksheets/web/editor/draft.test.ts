import { describe, expect, it } from 'vitest';
import {
  SLUG_PATTERN,
  checkAuthoredDefinition,
  type QuestionnaireDefinition,
} from '../../../questionnaires/contracts/schemas.ts';
import {
  adoptIds,
  definitionOf,
  draftFrom,
  moved,
  newQuestion,
  newSection,
  scaleAnchors,
  wholeNumber,
  withIds,
  type Draft,
  type DraftQuestion,
} from './draft.ts';
import { errorsForDraft, locate } from './fields.ts';

const saved = (input: unknown): QuestionnaireDefinition => {
  const check = checkAuthoredDefinition(input);
  if (!check.ok) throw new Error(JSON.stringify(check.fields));
  return check.definition;
};

const EXAMPLE = saved({
  id: 'mon-cahier',
  version: 3,
  kind: 'worksheet',
  title: 'Mon cahier',
  intro: 'Pour commencer.',
  estimatedMinutes: 20,
  sections: [
    {
      id: 'debut',
      title: 'Début',
      questions: [
        { id: 'metier', type: 'short_text', label: 'Votre métier', help: 'En quelques mots.', maxLength: 120 },
        {
          id: 'envie',
          type: 'scale',
          label: 'Votre envie',
          min: 1,
          max: 5,
          anchors: [
            { value: 1, label: 'Faible' },
            { value: 3, label: 'Moyenne' },
            { value: 5, label: 'Forte' },
          ],
        },
        {
          id: 'suite',
          type: 'long_text',
          label: 'Pourquoi ?',
          required: false,
          showIf: { all: [{ questionId: 'envie', operator: 'lte', value: 2 }] },
        },
      ],
    },
    {
      id: 'tri',
      title: 'Tri',
      intro: 'Rangez les cartes.',
      questions: [
        {
          id: 'valeurs',
          type: 'card_sort',
          label: 'Vos valeurs',
          cards: [
            { id: 'a', label: 'Autonomie', description: 'Décider seul·e' },
            { id: 'b', label: 'Bien-être' },
          ],
          piles: [
            { id: 'oui', label: 'Essentiel' },
            { id: 'non', label: 'Secondaire' },
          ],
          top: { count: 1, fromPiles: ['oui'], label: 'La plus importante' },
        },
        {
          id: 'periodes',
          type: 'table',
          label: 'Vos périodes',
          minRows: 1,
          columns: [
            { id: 'debut', label: 'Début', type: 'year', required: true },
            {
              id: 'vecu',
              label: 'Vécu',
              type: 'scale',
              min: 1,
              max: 3,
              anchors: [
                { value: 1, label: 'Dur' },
                { value: 3, label: 'Bien' },
              ],
            },
            {
              id: 'origine',
              label: 'Origine',
              type: 'single_choice',
              options: [
                { value: 'choisi', label: 'Choisi' },
                { value: 'subi', label: 'Subi' },
              ],
            },
          ],
        },
        {
          id: 'ordre',
          type: 'ranking',
          label: 'Classez',
          rankCount: 2,
          items: [
            { value: 'x', label: 'X' },
            { value: 'y', label: 'Y' },
            { value: 'z', label: 'Z' },
          ],
        },
        {
          id: 'plusieurs',
          type: 'multiple_choice',
          label: 'Plusieurs',
          maxSelections: 2,
          options: [
            { value: 'p', label: 'P' },
            { value: 'q', label: 'Q' },
          ],
        },
      ],
    },
  ],
});

/** What the service would save from the editor's payload (id, version and kind are the server's). */
const wouldSave = (draft: Draft) =>
  checkAuthoredDefinition({ ...definitionOf(draft), id: 'mon-cahier', version: 3, kind: 'worksheet' });

describe('the editor’s working copy', () => {
  it('gives back exactly the definition it was made from', () => {
    const check = wouldSave(draftFrom(EXAMPLE));
    expect(check).toEqual({ ok: true, definition: EXAMPLE });
  });

  it('names new questions and options from their labels, unique, and keeps saved ids', () => {
    const draft = draftFrom(EXAMPLE);
    const added = newQuestion('single_choice') as Extract<DraftQuestion, { type: 'single_choice' }>;
    added.label = 'Votre métier';
    added.options[0]!.label = 'Oui, tout à fait';
    added.options[1]!.label = 'Oui, tout à fait !';
    const section = { ...newSection(), title: 'Début', questions: [added] };
    const named = withIds({ ...draft, sections: [...draft.sections, section] });
    const last = named.sections[2]!;
    expect(last.id).toBe('debut-2');
    const q = last.questions[0] as typeof added;
    expect(q.id).toBe('votre-metier');
    expect(q.options.map((o) => o.id)).toEqual(['oui-tout-a-fait', 'oui-tout-a-fait-2']);
    expect(named.sections[0]!.questions.map((x) => x.id)).toEqual(['metier', 'envie', 'suite']);
    for (const id of [last.id, q.id, ...q.options.map((o) => o.id)]) expect(id).toMatch(SLUG_PATTERN);
    // A question whose label already gave an id keeps its id when the label changes.
    const renamed = withIds({
      ...named,
      sections: named.sections.map((s) => ({
        ...s,
        questions: s.questions.map((x) => ({ ...x, label: `${x.label} (modifié)` })),
      })),
    });
    expect(renamed.sections[2]!.questions[0]!.id).toBe('votre-metier');
    // Edits typed while the save was on its way keep the ids it gave.
    const typedMeanwhile = {
      ...draft,
      sections: [...draft.sections, { ...section, questions: [{ ...added, label: 'Un autre libellé' }] }],
    };
    const adopted = adoptIds(typedMeanwhile, named).sections[2]!;
    expect([adopted.id, adopted.questions[0]!.id, adopted.questions[0]!.label]).toEqual([
      'debut-2',
      'votre-metier',
      'Un autre libellé',
    ]);
    expect((adopted.questions[0] as typeof added).options.map((o) => o.id)).toEqual([
      'oui-tout-a-fait',
      'oui-tout-a-fait-2',
    ]);
  });

  it('sends both ends of a scale, labelled points between, and what is not a whole number as typed', () => {
    expect(scaleAnchors('1', '5', { 1: 'Peu', 3: '', 4: 'Assez', 5: '' })).toEqual([
      { value: 1, label: 'Peu' },
      { value: 4, label: 'Assez' },
      { value: 5, label: '' },
    ]);
    expect(scaleAnchors('5', '1', { 1: 'Peu' })).toEqual([]);
    expect([wholeNumber(' 12 '), wholeNumber(''), wholeNumber('2,5'), wholeNumber('dix')]).toEqual([
      12,
      undefined,
      2.5,
      'dix',
    ]);
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });

  it('puts each engine message on the field it is about, even after the question moved', () => {
    const draft = draftFrom(EXAMPLE);
    const scale = newQuestion('scale');
    const choice = newQuestion('single_choice') as Extract<DraftQuestion, { type: 'single_choice' }>;
    choice.label = 'Un seul choix';
    choice.options = [{ ...choice.options[0]!, label: 'Seule option' }];
    const sent: Draft = {
      ...draft,
      title: ' ',
      sections: [
        { ...draft.sections[0]!, questions: [...draft.sections[0]!.questions, scale, choice] },
        draft.sections[1]!,
      ],
    };
    const check = wouldSave(sent);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    const { fields, labels } = errorsForDraft(check.fields, sent);
    expect(fields).toEqual({
      title: 'Donnez un titre au cahier.',
      [`q-${scale.key}-label`]: 'Écrivez le libellé de la question.',
      [`q-${scale.key}-point-1`]: 'Écrivez le libellé de ce point de l’échelle.',
      [`q-${scale.key}-point-5`]: 'Écrivez le libellé de ce point de l’échelle.',
      [`q-${choice.key}-options`]: 'Proposez au moins deux options.',
    });
    expect(labels).toEqual({
      title: 'Titre du cahier',
      [`q-${scale.key}-label`]: 'Libellé de la question 4',
      [`q-${scale.key}-point-1`]: 'Libellé du point 1 (question 4)',
      [`q-${scale.key}-point-5`]: 'Libellé du point 5 (question 4)',
      [`q-${choice.key}-options`]: 'Options (question 5)',
    });
    const table = sent.sections[1]!.questions[1]!;
    expect(locate('sections.1.questions.1.columns.2.options.1.label', sent).label).toBe(
      'Option 2 de la colonne 3 (question 7)',
    );
    expect(locate('sections.1.questions.1.columns.1.anchors.1.label', sent).name).toBe(
      `q-${table.key}-c-${(table as Extract<DraftQuestion, { type: 'table' }>).columns[1]!.key}-point-3`,
    );
    expect(locate('sections.1.questions.0.top.fromPiles.0', sent).label).toBe(
      'Piles dont viennent les cartes classées (question 6)',
    );
    expect(locate('sections.0.questions.2.showIf', sent).label).toBe('Condition d’affichage (question 3)');
    expect(locate('sections.0.questions.0.id', sent)).toEqual({
      name: `q-${draft.sections[0]!.questions[0]!.key}`,
      label: 'Question 1',
    });
    expect(locate('sections.5.title', sent)).toEqual({ name: 'sections', label: 'Sections' });
  });
});
