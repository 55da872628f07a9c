/**
 * The worksheet editor's payloads, as the service would save them (the questionnaire engine's
 * check, without a server): a question of each type added in the editor is named from its labels
 * and saved as typed, a saved worksheet reloaded and sent again is unchanged, a bad payload gets
 * French messages keyed by field, and every model round-trips through the editor unchanged. The
 * service's side (versions, storage, HTTP) is `use-cases/worksheet-editor.db.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { checkAuthoredDefinition, type QuestionnaireDefinition } from '../../../questionnaires/contracts/schemas.ts';
import { parseQuestionnaireDefinition } from '../../../questionnaires/domain/definition-schema.ts';
import { WORKSHEET_MODELS, getWorksheetModel } from '../../domain/models/index.ts';
import { definitionOf, draftFrom, newQuestion, newSection, type Draft, type DraftQuestion } from './draft.ts';
import { SAVED_ONE_OF_EACH } from '../../domain/one-of-each.fixture.ts';

/** A consultant's copy of a model, as the service stores and gives it back (version 1). */
function copyOf(modelId: string, title: string): QuestionnaireDefinition {
  const model = getWorksheetModel(modelId)!;
  return parseQuestionnaireDefinition(
    JSON.parse(JSON.stringify({ ...model, id: `${modelId}-copie`, version: 1, title })),
  );
}

/** What the service saves from the editor's payload as `version` (as `updateLibraryWorksheet` checks it). */
function saved(payload: Record<string, unknown>, copy: QuestionnaireDefinition, version: number) {
  return checkAuthoredDefinition({ ...payload, id: copy.id, version, kind: 'worksheet', scoring: undefined });
}

function savedOrThrow(payload: Record<string, unknown>, copy: QuestionnaireDefinition, version: number) {
  const check = saved(payload, copy, version);
  if (!check.ok) throw new Error(JSON.stringify(check.fields));
  return check.definition;
}

/** Adds to the draft one new question of every type, filled as a consultant would. */
function addOneOfEach(draft: Draft): Draft {
  const questions: DraftQuestion[] = [];
  const text = newQuestion('short_text') as Extract<DraftQuestion, { type: 'short_text' | 'long_text' }>;
  questions.push({ ...text, label: 'Votre métier rêvé', maxLength: '80' });
  const long = newQuestion('long_text');
  questions.push({ ...long, label: 'Racontez une journée idéale', help: 'Du matin au soir.', required: false });
  const scale = newQuestion('scale') as Extract<DraftQuestion, { type: 'scale' }>;
  questions.push({
    ...scale,
    label: 'Votre énergie en ce moment',
    min: '0',
    max: '4',
    points: { 0: 'À plat', 2: 'Moyenne', 4: 'Au top' },
  });
  const single = newQuestion('single_choice') as Extract<DraftQuestion, { type: 'single_choice' }>;
  questions.push({
    ...single,
    label: 'Votre rythme préféré',
    options: single.options.map((o, i) => ({ ...o, label: ['Temps plein', 'Temps partiel'][i]! })),
  });
  const multiple = newQuestion('multiple_choice') as Extract<DraftQuestion, { type: 'multiple_choice' }>;
  questions.push({
    ...multiple,
    label: 'Vos environnements',
    maxSelections: '2',
    options: multiple.options.map((o, i) => ({ ...o, label: ['Bureau', 'Extérieur'][i]! })),
  });
  const ranking = newQuestion('ranking') as Extract<DraftQuestion, { type: 'ranking' }>;
  questions.push({
    ...ranking,
    label: 'Classez vos priorités',
    items: ranking.items.map((o, i) => ({ ...o, label: ['Salaire', 'Sens'][i]! })),
  });
  const sort = newQuestion('card_sort') as Extract<DraftQuestion, { type: 'card_sort' }>;
  const piles = sort.piles.map((p, i) => ({ ...p, label: ['Indispensable', 'Accessoire'][i]! }));
  questions.push({
    ...sort,
    label: 'Triez ces conditions de travail',
    piles,
    cards: sort.cards.map((c, i) => ({
      ...c,
      label: ['Télétravail', 'Horaires fixes'][i]!,
      description: i === 0 ? 'Deux jours par semaine' : '',
    })),
    top: { count: '1', fromPiles: [piles[0]!.key], label: 'La plus importante' },
  });
  const table = newQuestion('table') as Extract<DraftQuestion, { type: 'table' }>;
  questions.push({
    ...table,
    label: 'Vos formations',
    columns: [{ ...table.columns[0]!, label: 'Intitulé', required: true }],
    maxRows: '10',
    addRowLabel: 'Ajouter une formation',
  });
  return {
    ...draft,
    title: 'Mon histoire, version atelier',
    sections: [...draft.sections, { ...newSection(), title: 'Pour aller plus loin', questions }],
  };
}

describe('the editor’s payload', () => {
  it('names a question of each type from its labels and sends it as the engine saves it; reloaded and sent again, it is unchanged', () => {
    const copy = copyOf('histoire-professionnelle', 'Mon histoire');
    const next = savedOrThrow(definitionOf(addOneOfEach(draftFrom(copy))), copy, 2);
    expect(next.title).toBe('Mon histoire, version atelier');
    const added = next.sections[6]!;
    expect(added.id).toBe(SAVED_ONE_OF_EACH.sectionId);
    expect(added.questions.map((q) => [q.id, q.type])).toEqual(SAVED_ONE_OF_EACH.questions);
    expect(added.questions[2]).toMatchObject(SAVED_ONE_OF_EACH.scale);
    expect(added.questions[6]).toMatchObject(SAVED_ONE_OF_EACH.cardSort);
    // The model's questions keep their ids: answers to earlier versions still mean the same.
    expect(next.sections.slice(0, 6).map((s) => s.questions.map((q) => q.id))).toEqual(
      copy.sections.map((s) => s.questions.map((q) => q.id)),
    );
    // Reloaded into the editor and sent again unchanged: the same definition, one version on.
    const again = savedOrThrow(definitionOf(draftFrom(next)), copy, 3);
    expect({ ...again, version: 2 }).toEqual(next);
  });

  it('gets French messages keyed by field for a bad payload', () => {
    const copy = copyOf('attentes-du-bilan', 'Mes attentes');
    const draft = draftFrom(copy);
    const lonely = newQuestion('single_choice') as Extract<DraftQuestion, { type: 'single_choice' }>;
    const bad: Draft = {
      ...draft,
      sections: [
        {
          ...draft.sections[0]!,
          questions: [
            ...draft.sections[0]!.questions,
            { ...lonely, label: 'Un choix', options: [{ ...lonely.options[0]!, label: 'Seule option' }] },
          ],
        },
        ...draft.sections.slice(1),
        { ...newSection(), title: 'Vide' },
      ],
    };
    const check = saved(definitionOf(bad), copy, 2);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    const count = draft.sections[0]!.questions.length;
    expect(check.fields).toEqual({
      [`sections.0.questions.${count}.options`]: 'Proposez au moins deux options.',
      [`sections.${draft.sections.length}.questions`]: 'Ajoutez au moins une question à cette section.',
    });
  });

  it('round-trips every model through the editor unchanged', () => {
    for (const model of WORKSHEET_MODELS) {
      const copy = copyOf(model.id, model.title);
      const next = savedOrThrow(definitionOf(draftFrom(copy)), copy, 2);
      expect({ ...next, version: 1 }, model.id).toEqual(copy);
    }
  });
});
