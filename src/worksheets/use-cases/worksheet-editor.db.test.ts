/**
 * The worksheet editor on the database: the library's outlines and provenance, a model in full
 * for its preview, an own worksheet edited through the editor's payload (a question of each type
 * added, saved, reloaded, version bumped; a bad payload refused with French messages by field and
 * nothing saved), every model round-tripping unchanged, deletion by the owner only (proposed
 * copies untouched), and the same rules over HTTP.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import {
  createOrganisation,
  createUser,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { call, loginAs, testApp } from '../../../tests/support/http.ts';
import {
  definitionOf,
  draftFrom,
  newQuestion,
  newSection,
  type Draft,
  type DraftQuestion,
} from '../web/editor/draft.ts';
import { WORKSHEET_MODELS } from '../domain/models/index.ts';
import { AssignQuestionnaireSchema } from '../../questionnaires/contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import { assignQuestionnaire } from '../../questionnaires/use-cases/assign-questionnaire.ts';
import { copyWorksheetModel } from './copy-worksheet-model.ts';
import { deleteLibraryWorksheet } from './delete-library-worksheet.ts';
import { getLibrary } from './get-library.ts';
import { getLibraryWorksheet } from './get-library-worksheet.ts';
import { getWorksheetModelDefinition } from './get-worksheet-model-definition.ts';
import { updateLibraryWorksheet } from './update-library-worksheet.ts';
import { getAssignment } from '../../questionnaires/use-cases/get-assignment.ts';

let deps: TestDeps;
let org: TestOrganisation;
let beneficiary: TestUser;
let bilanId: string;

async function refusal(promise: Promise<unknown> | (() => unknown)): Promise<AppError> {
  const error = await (typeof promise === 'function' ? Promise.resolve().then(promise) : promise).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const storedRow = (id: string) =>
  deps.db.selectFrom('worksheet_library').select(['version', 'definition']).where('id', '=', id).executeTakeFirst();

beforeEach(async () => {
  deps = testDeps();
  org = await createOrganisation(deps);
  beneficiary = await createUser(deps, org.id, 'beneficiary');
  const row = await deps.db
    .insertInto('bilans')
    .values({
      organisation_id: org.id,
      beneficiary_id: beneficiary.id,
      consultant_id: org.consultant.id,
      financing: 'opco',
      planned_accompaniment_minutes: 1200,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  bilanId = row.id;
});

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

describe('the library', () => {
  it('outlines each model, states each instrument’s source, and names the model of each own worksheet', async () => {
    const { id } = await copyWorksheetModel(deps, org.consultant.actor, {
      modelId: 'histoire-professionnelle',
      title: 'Mon histoire',
    });
    const library = await getLibrary(deps, org.consultant.actor);
    const model = library.models.find((m) => m.id === 'histoire-professionnelle')!;
    expect(model.questionCount).toBe(8);
    expect(model.sections[0]).toEqual({
      title: 'Les grandes périodes de votre parcours',
      questions: [{ label: expect.stringMatching(/^Listez les grandes périodes/), type: 'table' }],
    });
    const riasec = library.instruments.find((i) => i.id === 'riasec-iip')!;
    expect(riasec.source).toMatchObject({
      licence: 'domaine public (Interest Item Pool)',
      url: 'https://doi.org/10.1016/j.jvb.2008.06.003',
    });
    expect(riasec.adaptation).toMatch(/non validée/);
    expect(library.own).toMatchObject([
      {
        id,
        title: 'Mon histoire',
        version: 1,
        basedOn: 'histoire-professionnelle',
        basedOnTitle: 'Votre histoire professionnelle',
      },
    ]);
  });

  it('gives a model in full to consultants only', async () => {
    expect(getWorksheetModelDefinition(org.consultant.actor, 'sens-du-travail').definition.title).toBe(
      'Le sens du travail',
    );
    expect((await refusal(() => getWorksheetModelDefinition(org.consultant.actor, 'inconnu'))).code).toBe('not_found');
    expect((await refusal(() => getWorksheetModelDefinition(org.admin.actor, 'sens-du-travail'))).code).toBe(
      'forbidden',
    );
    expect((await refusal(() => getWorksheetModelDefinition(beneficiary.actor, 'sens-du-travail'))).code).toBe(
      'forbidden',
    );
  });
});

describe('editing through the editor’s payload', () => {
  it('saves a question of each type as the next version, which reads back the same', async () => {
    const { id } = await copyWorksheetModel(deps, org.consultant.actor, {
      modelId: 'histoire-professionnelle',
      title: 'Mon histoire',
    });
    const copy = await getLibraryWorksheet(deps, org.consultant.actor, id);
    const first = await assignQuestionnaire(
      deps,
      org.consultant.actor,
      bilanId,
      AssignQuestionnaireSchema.parse({ questionnaire: `library:${id}` }),
    );

    const sent = definitionOf(addOneOfEach(draftFrom(copy.definition)));
    expect(await updateLibraryWorksheet(deps, org.consultant.actor, id, { version: 1, definition: sent })).toEqual({
      version: 2,
    });
    const saved = await getLibraryWorksheet(deps, org.consultant.actor, id);
    expect(saved.version).toBe(2);
    expect(saved.definition.title).toBe('Mon histoire, version atelier');
    const added = saved.definition.sections[6]!;
    expect(added.id).toBe('pour-aller-plus-loin');
    expect(added.questions.map((q) => [q.id, q.type])).toEqual([
      ['votre-metier-reve', 'short_text'],
      ['racontez-une-journee-ideale', 'long_text'],
      ['votre-energie-en-ce-moment', 'scale'],
      ['votre-rythme-prefere', 'single_choice'],
      ['vos-environnements', 'multiple_choice'],
      ['classez-vos-priorites', 'ranking'],
      ['triez-ces-conditions-de-travail', 'card_sort'],
      ['vos-formations', 'table'],
    ]);
    expect(added.questions[2]).toMatchObject({
      min: 0,
      max: 4,
      anchors: [
        { value: 0, label: 'À plat' },
        { value: 2, label: 'Moyenne' },
        { value: 4, label: 'Au top' },
      ],
    });
    expect(added.questions[6]).toMatchObject({
      piles: [{ id: 'indispensable' }, { id: 'accessoire' }],
      top: { count: 1, fromPiles: ['indispensable'] },
    });
    // The model's questions keep their ids: answers to earlier versions still mean the same.
    expect(saved.definition.sections.slice(0, 6).map((s) => s.questions.map((q) => q.id))).toEqual(
      copy.definition.sections.map((s) => s.questions.map((q) => q.id)),
    );
    // Reloaded into the editor and sent again unchanged: the same definition, one version on.
    expect(
      await updateLibraryWorksheet(deps, org.consultant.actor, id, {
        version: 2,
        definition: definitionOf(draftFrom(saved.definition)),
      }),
    ).toEqual({ version: 3 });
    const again = await getLibraryWorksheet(deps, org.consultant.actor, id);
    expect({ ...again.definition, version: 2 }).toEqual(saved.definition);

    // What was proposed before keeps the version it was given.
    const proposed = await getAssignment(deps, beneficiary.actor, first.assignmentId);
    expect(proposed.version).toBe(1);
    expect(proposed.definition.sections).toHaveLength(6);
    const audit = await deps.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('subject_id', '=', id)
      .orderBy('occurred_at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['worksheet.created', 'worksheet.updated', 'worksheet.updated']);
  });

  it('refuses a bad payload with French messages keyed by field, and saves nothing', async () => {
    const { id } = await copyWorksheetModel(deps, org.consultant.actor, {
      modelId: 'attentes-du-bilan',
      title: 'Mes attentes',
    });
    const copy = await getLibraryWorksheet(deps, org.consultant.actor, id);
    const draft = draftFrom(copy.definition);
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
    const error = await refusal(
      updateLibraryWorksheet(deps, org.consultant.actor, id, { version: 1, definition: definitionOf(bad) }),
    );
    expect(error.code).toBe('validation_failed');
    const count = draft.sections[0]!.questions.length;
    expect(error.fields).toEqual({
      [`sections.0.questions.${count}.options`]: 'Proposez au moins deux options.',
      [`sections.${draft.sections.length}.questions`]: 'Ajoutez au moins une question à cette section.',
    });
    const row = await storedRow(id);
    expect(row?.version).toBe(1);
    expect(row?.definition).toEqual(copy.definition);
  });

  it('round-trips every model through the editor unchanged', async () => {
    for (const model of WORKSHEET_MODELS) {
      const { id } = await copyWorksheetModel(deps, org.consultant.actor, { modelId: model.id, title: model.title });
      const copy = await getLibraryWorksheet(deps, org.consultant.actor, id);
      await updateLibraryWorksheet(deps, org.consultant.actor, id, {
        version: 1,
        definition: definitionOf(draftFrom(copy.definition)),
      });
      const saved = await getLibraryWorksheet(deps, org.consultant.actor, id);
      expect({ ...saved.definition, version: 1 }, model.id).toEqual(copy.definition);
    }
  });
});

describe('deleting an own worksheet', () => {
  it('lets only its owner delete it; what was proposed keeps its copy', async () => {
    const { id } = await copyWorksheetModel(deps, org.consultant.actor, {
      modelId: 'criteres-et-concessions',
      title: 'Mes critères',
    });
    const { assignmentId } = await assignQuestionnaire(
      deps,
      org.consultant.actor,
      bilanId,
      AssignQuestionnaireSchema.parse({ questionnaire: `library:${id}` }),
    );
    const colleague = await createUser(deps, org.id, 'consultant', 'collegue');
    const elsewhere = await createOrganisation(deps);
    for (const [actor, code] of [
      [colleague.actor, 'not_found'],
      [elsewhere.consultant.actor, 'not_found'],
      [org.admin.actor, 'forbidden'],
      [beneficiary.actor, 'forbidden'],
    ] as const) {
      expect((await refusal(deleteLibraryWorksheet(deps, actor, id))).code).toBe(code);
      expect((await refusal(getLibraryWorksheet(deps, actor, id))).code).toBe(code);
      expect((await refusal(updateLibraryWorksheet(deps, actor, id, { version: 1, definition: {} }))).code).toBe(code);
    }
    expect(await storedRow(id)).toBeDefined();

    await deleteLibraryWorksheet(deps, org.consultant.actor, id);
    expect(await storedRow(id)).toBeUndefined();
    expect((await getLibrary(deps, org.consultant.actor)).own).toEqual([]);
    expect((await refusal(getLibraryWorksheet(deps, org.consultant.actor, id))).code).toBe('not_found');
    expect((await refusal(deleteLibraryWorksheet(deps, org.consultant.actor, id))).code).toBe('not_found');
    const proposed = await getAssignment(deps, beneficiary.actor, assignmentId);
    expect(proposed).toMatchObject({ title: 'Mes critères', version: 1 });
    const audit = await deps.db.selectFrom('audit_events').select('action').where('subject_id', '=', id).execute();
    expect(audit.map((a) => a.action)).toContain('worksheet.deleted');
  });
});

describe('over HTTP', () => {
  it('answers the editor with French field errors, the model preview and the deletion', async () => {
    const app = testApp(deps);
    const cookie = await loginAs(app, org.consultant.email);
    const { id } = await copyWorksheetModel(deps, org.consultant.actor, {
      modelId: 'sens-du-travail',
      title: 'Le sens',
    });
    const copy = await getLibraryWorksheet(deps, org.consultant.actor, id);
    const draft = draftFrom(copy.definition);

    const bad = await call(app, 'POST', `/api/worksheets/${id}`, {
      cookie,
      body: { version: 1, definition: definitionOf({ ...draft, title: '' }) },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toEqual({ title: 'Donnez un titre au cahier.' });
    const good = await call(app, 'POST', `/api/worksheets/${id}`, {
      cookie,
      body: { version: 1, definition: definitionOf({ ...draft, title: 'Le sens, revu' }) },
    });
    expect(good).toMatchObject({ status: 200, body: { version: 2 } });
    const stale = await call(app, 'POST', `/api/worksheets/${id}`, {
      cookie,
      body: { version: 1, definition: definitionOf(draft) },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: 'questionnaire_changed',
      message: expect.stringMatching(/modifié entre-temps/),
    });

    expect((await call(app, 'GET', '/api/worksheets/models/sens-du-travail', { cookie })).body.definition.id).toBe(
      'sens-du-travail',
    );
    expect((await call(app, 'GET', '/api/worksheets/models/nulle-part', { cookie })).status).toBe(404);
    expect((await call(app, 'GET', '/api/worksheets/models/Pas%20un%20slug', { cookie })).status).toBe(404);
    expect((await call(app, 'POST', `/api/worksheets/${id}/delete`, { cookie })).status).toBe(204);
    expect((await call(app, 'GET', `/api/worksheets/${id}`, { cookie })).status).toBe(404);
  });
});
