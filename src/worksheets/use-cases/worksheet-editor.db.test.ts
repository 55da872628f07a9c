/**
 * The worksheet editor's service on the database: the library's outlines and provenance, a model
 * in full for its preview, an own worksheet edited with the payload the editor sends (a question of
 * each type added, saved, reloaded, version bumped; a bad payload refused with French messages by
 * field and nothing saved), every model saved back unchanged, deletion by the owner only (proposed
 * copies untouched), and the same rules over HTTP. How the editor builds these payloads from its
 * working copy is checked without a server (`web/editor/editor-payload.test.ts`).
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
import type { QuestionnaireDefinition } from '../../questionnaires/contracts/schemas.ts';
import { WORKSHEET_MODELS } from '../domain/models/index.ts';
import { AssignQuestionnaireSchema } from '../../questionnaires/contracts/schemas.ts';
import { assignQuestionnaire } from '../../questionnaires/use-cases/assign-questionnaire.ts';
import { copyWorksheetModel } from './copy-worksheet-model.ts';
import { deleteLibraryWorksheet } from './delete-library-worksheet.ts';
import { getLibrary } from './get-library.ts';
import { getLibraryWorksheet } from './get-library-worksheet.ts';
import { getWorksheetModelDefinition } from './get-worksheet-model-definition.ts';
import { updateLibraryWorksheet } from './update-library-worksheet.ts';
import { getAssignment } from '../../questionnaires/use-cases/get-assignment.ts';
import { SAVED_ONE_OF_EACH } from '../domain/one-of-each.fixture.ts';
import { refusal } from '../../../tests/support/refusal.ts';

let deps: TestDeps;
let org: TestOrganisation;
let beneficiary: TestUser;
let bilanId: string;

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

/** What the editor sends for a definition: ids, version and kind are the server's. */
function payloadOf(definition: QuestionnaireDefinition): Record<string, unknown> {
  const { id: _id, version: _version, kind: _kind, ...payload } = definition;
  return JSON.parse(JSON.stringify(payload)) as Record<string, unknown>;
}

/** A section of one new question of every type, as the editor sends it (named from the labels). */
const ONE_OF_EACH = {
  id: 'pour-aller-plus-loin',
  title: 'Pour aller plus loin',
  questions: [
    {
      id: 'votre-metier-reve',
      type: 'short_text',
      label: 'Votre métier rêvé',
      required: true,
      minLength: 0,
      maxLength: 80,
    },
    {
      id: 'racontez-une-journee-ideale',
      type: 'long_text',
      label: 'Racontez une journée idéale',
      help: 'Du matin au soir.',
      required: false,
      minLength: 0,
      maxLength: 10000,
    },
    {
      id: 'votre-energie-en-ce-moment',
      type: 'scale',
      label: 'Votre énergie en ce moment',
      required: true,
      min: 0,
      max: 4,
      anchors: [
        { value: 0, label: 'À plat' },
        { value: 2, label: 'Moyenne' },
        { value: 4, label: 'Au top' },
      ],
    },
    {
      id: 'votre-rythme-prefere',
      type: 'single_choice',
      label: 'Votre rythme préféré',
      required: true,
      options: [
        { value: 'temps-plein', label: 'Temps plein' },
        { value: 'temps-partiel', label: 'Temps partiel' },
      ],
    },
    {
      id: 'vos-environnements',
      type: 'multiple_choice',
      label: 'Vos environnements',
      required: true,
      options: [
        { value: 'bureau', label: 'Bureau' },
        { value: 'exterieur', label: 'Extérieur' },
      ],
      minSelections: 0,
      maxSelections: 2,
    },
    {
      id: 'classez-vos-priorites',
      type: 'ranking',
      label: 'Classez vos priorités',
      required: true,
      items: [
        { value: 'salaire', label: 'Salaire' },
        { value: 'sens', label: 'Sens' },
      ],
    },
    {
      id: 'triez-ces-conditions-de-travail',
      type: 'card_sort',
      label: 'Triez ces conditions de travail',
      required: true,
      cards: [
        { id: 'teletravail', label: 'Télétravail', description: 'Deux jours par semaine' },
        { id: 'horaires-fixes', label: 'Horaires fixes' },
      ],
      piles: [
        { id: 'indispensable', label: 'Indispensable' },
        { id: 'accessoire', label: 'Accessoire' },
      ],
      top: { count: 1, label: 'La plus importante', fromPiles: ['indispensable'] },
    },
    {
      id: 'vos-formations',
      type: 'table',
      label: 'Vos formations',
      required: true,
      columns: [{ id: 'intitule', label: 'Intitulé', type: 'short_text', required: true, maxLength: 200 }],
      minRows: 0,
      maxRows: 10,
      addRowLabel: 'Ajouter une formation',
    },
  ],
};

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

    const sent = {
      ...payloadOf(copy.definition),
      title: 'Mon histoire, version atelier',
      sections: [...copy.definition.sections, ONE_OF_EACH],
    };
    expect(await updateLibraryWorksheet(deps, org.consultant.actor, id, { version: 1, definition: sent })).toEqual({
      version: 2,
    });
    const saved = await getLibraryWorksheet(deps, org.consultant.actor, id);
    expect(saved.version).toBe(2);
    expect(saved.definition.title).toBe('Mon histoire, version atelier');
    const added = saved.definition.sections[6]!;
    expect(added.id).toBe(SAVED_ONE_OF_EACH.sectionId);
    expect(added.questions.map((q) => [q.id, q.type])).toEqual(SAVED_ONE_OF_EACH.questions);
    expect(added.questions[2]).toMatchObject(SAVED_ONE_OF_EACH.scale);
    expect(added.questions[6]).toMatchObject(SAVED_ONE_OF_EACH.cardSort);
    // The model's questions keep their ids: answers to earlier versions still mean the same.
    expect(saved.definition.sections.slice(0, 6).map((s) => s.questions.map((q) => q.id))).toEqual(
      copy.definition.sections.map((s) => s.questions.map((q) => q.id)),
    );
    // Reloaded into the editor and sent again unchanged: the same definition, one version on.
    expect(
      await updateLibraryWorksheet(deps, org.consultant.actor, id, {
        version: 2,
        definition: payloadOf(saved.definition),
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
    const sections = copy.definition.sections;
    const lonely = {
      id: 'un-choix',
      type: 'single_choice',
      label: 'Un choix',
      required: true,
      options: [{ value: 'seule-option', label: 'Seule option' }],
    };
    const bad = {
      ...payloadOf(copy.definition),
      sections: [
        { ...sections[0]!, questions: [...sections[0]!.questions, lonely] },
        ...sections.slice(1),
        { id: 'vide', title: 'Vide', questions: [] },
      ],
    };
    const error = await refusal(
      updateLibraryWorksheet(deps, org.consultant.actor, id, { version: 1, definition: bad }),
    );
    expect(error.code).toBe('validation_failed');
    const count = sections[0]!.questions.length;
    expect(error.fields).toEqual({
      [`sections.0.questions.${count}.options`]: 'Proposez au moins deux options.',
      [`sections.${sections.length}.questions`]: 'Ajoutez au moins une question à cette section.',
    });
    const row = await storedRow(id);
    expect(row?.version).toBe(1);
    expect(row?.definition).toEqual(copy.definition);
  });

  it('saves every model sent back unchanged as the same definition, one version on', async () => {
    for (const model of WORKSHEET_MODELS) {
      const { id } = await copyWorksheetModel(deps, org.consultant.actor, { modelId: model.id, title: model.title });
      const copy = await getLibraryWorksheet(deps, org.consultant.actor, id);
      await updateLibraryWorksheet(deps, org.consultant.actor, id, {
        version: 1,
        definition: payloadOf(copy.definition),
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
    const payload = payloadOf(copy.definition);

    const bad = await call(app, 'POST', `/api/worksheets/${id}`, {
      cookie,
      body: { version: 1, definition: { ...payload, title: '' } },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toEqual({ title: 'Donnez un titre au cahier.' });
    const good = await call(app, 'POST', `/api/worksheets/${id}`, {
      cookie,
      body: { version: 1, definition: { ...payload, title: 'Le sens, revu' } },
    });
    expect(good).toMatchObject({ status: 200, body: { version: 2 } });
    const stale = await call(app, 'POST', `/api/worksheets/${id}`, {
      cookie,
      body: { version: 1, definition: payload },
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
