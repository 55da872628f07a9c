/**
 * The career-history worksheet imported into the parcours (issue 12, decision 038), through the
 * questionnaires' own use cases: the consultant assigns « Votre histoire professionnelle » (or
 * their copy of it), the beneficiary answers it; its periods are offered with their dates,
 * context, what marked them and how they were lived; the chosen ones become experiences by the
 * person importing, once only, in one transaction; a period that cannot be imported, or a key the
 * worksheet no longer has, refuses the request and changes nothing; not once the bilan has ended;
 * only the beneficiary and the consultant reach it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../../tests/support/deps.ts';
import {
  createOrganisation,
  createUser,
  insertBilan,
  type TestOrganisation,
  type TestUser,
} from '../../../../tests/support/factories.ts';
import { snapshotTables } from '../../../../tests/support/table-snapshot.ts';
import { AssignQuestionnaireSchema, type AnswersBody } from '../../../questionnaires/contracts/schemas.ts';
import { assignQuestionnaire } from '../../../questionnaires/use-cases/assign-questionnaire.ts';
import { saveQuestionnaireDraft } from '../../../questionnaires/use-cases/save-questionnaire-draft.ts';
import { submitQuestionnaire } from '../../../questionnaires/use-cases/submit-questionnaire.ts';
import { withdrawQuestionnaire } from '../../../questionnaires/use-cases/withdraw-questionnaire.ts';
import { copyWorksheetModel } from '../../../worksheets/use-cases/copy-worksheet-model.ts';
import { ImportWorksheetSchema, type ImportWorksheetInput } from '../../contracts/schemas.ts';
import { deleteExperience } from '../delete-experience.ts';
import { getPortfolio } from '../get-portfolio.ts';
import { importWorksheetExperiences } from './import-worksheet-experiences.ts';
import { readWorksheetImport } from './read-worksheet-import.ts';
import { refusal } from '../../../../tests/support/refusal.ts';

let deps: TestDeps;
let org: TestOrganisation;
let beneficiary: TestUser;
let bilanId: string;

const PERIODS = [
  {
    debut: 2008,
    fin: 2011,
    activite: 'BTS Assistant de gestion',
    cadre: 'Lycée Saint-Exupéry',
    vecu: 3,
    marquant: 'Les stages en entreprise.\nLa découverte de la comptabilité.',
  },
  {
    debut: 2011,
    fin: 2019,
    activite: 'Agente d’accueil',
    cadre: 'Mairie de Lyon',
    vecu: 2,
    marquant: 'Le contact avec les usagers.',
  },
  { debut: 2019, activite: 'Trésorière bénévole', cadre: 'Association Les Amis du Théâtre', vecu: 5 },
];

const ANSWERS = {
  parcours: PERIODS,
  haut: 'Le jour où nous avons ouvert le guichet unique.',
  bas: 'La réorganisation de 2018.',
  realisations: [{ realisation: 'Guichet unique', action: 'J’ai proposé le circuit.' }],
  'fil-rouge': 'Être utile aux autres.',
};

const body = (answers: Record<string, unknown>, version = 1): AnswersBody => ({ version, answers });

async function assign(questionnaire = 'model:histoire-professionnelle'): Promise<string> {
  return (
    await assignQuestionnaire(
      deps,
      org.consultant.actor,
      bilanId,
      AssignQuestionnaireSchema.parse({ questionnaire, dueOn: '2026-12-15' }),
    )
  ).assignmentId;
}

const importing = (input: ImportWorksheetInput, actor = beneficiary.actor) =>
  importWorksheetExperiences(deps, actor, bilanId, ImportWorksheetSchema.parse(input));

const TABLES = ['portfolio_experiences', 'audit_events'];
const tables = async () => {
  const all = await snapshotTables(deps.db);
  return Object.fromEntries(TABLES.map((t) => [t, all[t]]));
};

beforeEach(async () => {
  deps = testDeps('2026-11-23T09:00:00Z');
  org = await createOrganisation(deps);
  beneficiary = await createUser(deps, org.id, 'beneficiary');
  bilanId = await insertBilan(deps, org, beneficiary);
});

describe('the career-history worksheet offered for import', () => {
  it('offers each period of the submitted worksheet, imports the chosen ones once, by the person importing', async () => {
    expect(await readWorksheetImport(deps, beneficiary.actor, bilanId)).toEqual({ editable: true, worksheets: [] });
    const assignmentId = await assign();
    await submitQuestionnaire(deps, beneficiary.actor, assignmentId, body(ANSWERS));

    const offer = await readWorksheetImport(deps, org.consultant.actor, bilanId);
    expect(offer.worksheets).toHaveLength(1);
    expect(offer.worksheets[0]).toMatchObject({
      assignmentId,
      title: 'Votre histoire professionnelle',
      status: 'submitted',
    });
    const [bts, accueil, tresoriere] = offer.worksheets[0]!.candidates;
    expect(offer.worksheets[0]!.candidates).toHaveLength(3);
    expect(bts).toMatchObject({
      title: 'BTS Assistant de gestion',
      employerOrContext: 'Lycée Saint-Exupéry',
      startYear: 2008,
      endYear: 2011,
      startedOn: '2008-01-01',
      endedOn: '2011-12-31',
      activities: 'Les stages en entreprise.\nLa découverte de la comptabilité.',
      satisfaction: 3,
      suggestedKind: 'training',
      problem: null,
      importedAs: null,
    });
    expect(accueil).toMatchObject({ suggestedKind: 'professional', satisfaction: 2, endedOn: '2019-12-31' });
    expect(tresoriere).toMatchObject({ suggestedKind: 'volunteer', endedOn: null, activities: null, satisfaction: 5 });
    // The keys are stable from one read to the next.
    expect(
      (await readWorksheetImport(deps, beneficiary.actor, bilanId)).worksheets[0]!.candidates.map((c) => c.key),
    ).toEqual([bts!.key, accueil!.key, tresoriere!.key]);

    deps.clock.advance(60_000);
    const first = await importing({
      items: [
        { key: bts!.key, kind: 'training' },
        { key: tresoriere!.key, kind: 'volunteer' },
      ],
    });
    expect(first.alreadyImported).toEqual([]);
    expect(first.created).toHaveLength(2);
    expect(first.created[0]).toMatchObject({
      kind: 'training',
      title: 'BTS Assistant de gestion',
      employerOrContext: 'Lycée Saint-Exupéry',
      startedOn: '2008-01-01',
      endedOn: '2011-12-31',
      activities: 'Les stages en entreprise.\nLa découverte de la comptabilité.',
      achievements: null,
      satisfaction: 3,
      revision: 1,
      createdBy: { id: beneficiary.id, role: 'beneficiary' },
    });
    expect(first.created[1]).toMatchObject({ kind: 'volunteer', title: 'Trésorière bénévole', endedOn: null });

    // Imported twice (the consultant, meanwhile): nothing new for what is there already.
    const second = await importing(
      {
        items: [
          { key: bts!.key, kind: 'professional' },
          { key: accueil!.key, kind: 'professional' },
        ],
      },
      org.consultant.actor,
    );
    expect(second.alreadyImported).toEqual([bts!.key]);
    expect(second.created.map((e) => [e.title, e.createdBy.id])).toEqual([['Agente d’accueil', org.consultant.id]]);
    const portfolio = await getPortfolio(deps, beneficiary.actor, bilanId);
    expect(portfolio.experiences.map((e) => e.title)).toEqual([
      'BTS Assistant de gestion',
      'Trésorière bénévole',
      'Agente d’accueil',
    ]);
    const after = await readWorksheetImport(deps, beneficiary.actor, bilanId);
    expect(after.worksheets[0]!.candidates.map((c) => c.importedAs)).toEqual([
      first.created[0]!.id,
      second.created[0]!.id,
      first.created[1]!.id,
    ]);
    const audit = await deps.db
      .selectFrom('audit_events')
      .select(['action', 'details', 'actor_user_id'])
      .where('bilan_id', '=', bilanId)
      .where('action', '=', 'portfolio.worksheet_imported')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'portfolio.worksheet_imported', details: { experiences: 2 }, actor_user_id: beneficiary.id },
      { action: 'portfolio.worksheet_imported', details: { experiences: 1 }, actor_user_id: org.consultant.id },
    ]);

    // An imported experience deleted from the parcours may be imported again.
    await deleteExperience(deps, beneficiary.actor, bilanId, first.created[1]!.id);
    const again = await importing({ items: [{ key: tresoriere!.key, kind: 'personal' }] });
    expect(again.created.map((e) => e.kind)).toEqual(['personal']);
  });

  it('offers the periods of a draft and of a consultant’s copy, and refuses what cannot be imported, changing nothing', async () => {
    const { id: libraryId } = await copyWorksheetModel(deps, org.consultant.actor, {
      modelId: 'histoire-professionnelle',
      title: 'Mon parcours en quelques périodes',
    });
    const assignmentId = await assign(`library:${libraryId}`);
    // A draft: rows incomplete, one ending before it starts, one starting next year, one twice.
    await saveQuestionnaireDraft(
      deps,
      beneficiary.actor,
      assignmentId,
      body({
        parcours: [
          { debut: 2015, fin: 2026, activite: 'Comptable', cadre: 'Cabinet Durand' },
          { activite: 'Vendeuse' },
          { debut: 2019, fin: 2017, activite: 'Serveuse' },
          { debut: 2027, activite: 'Infirmière' },
          { debut: 2015, fin: 2026, activite: 'comptable', cadre: 'Autre cabinet' },
        ],
      }),
    );
    const offer = await readWorksheetImport(deps, beneficiary.actor, bilanId);
    expect(offer.worksheets.map((w) => [w.title, w.status])).toEqual([['Mon parcours en quelques périodes', 'draft']]);
    const candidates = offer.worksheets[0]!.candidates;
    expect(candidates.map((c) => [c.title, c.startedOn, c.endedOn, c.problem])).toEqual([
      // Ends this year: today, so that a past experience does not end in the future.
      ['Comptable', '2015-01-01', '2026-11-23', null],
      ['Vendeuse', null, null, 'L’année de début manque : ajoutez cette période à la main dans votre parcours.'],
      [
        'Serveuse',
        null,
        null,
        'L’année de fin précède l’année de début : ajoutez cette période à la main dans votre parcours.',
      ],
      ['Infirmière', null, null, 'Cette période commence dans le futur : elle ne peut pas entrer dans le parcours.'],
      ['comptable', '2015-01-01', '2026-11-23', null],
    ]);
    // Two periods with the same year and job keep distinct keys.
    expect(new Set(candidates.map((c) => c.key)).size).toBe(5);

    const before = await tables();
    const refused = await refusal(
      importing({
        items: [
          { key: candidates[0]!.key, kind: 'professional' },
          { key: candidates[2]!.key, kind: 'professional' },
          { key: `${assignmentId}:00000000:0`, kind: 'professional' },
        ],
      }),
    );
    expect(refused.code).toBe('validation_failed');
    expect(refused.fields).toEqual({
      'items.1.key': 'L’année de fin précède l’année de début : ajoutez cette période à la main dans votre parcours.',
      'items.2.key': 'Cette période du cahier n’existe plus : rechargez la page.',
    });
    expect(ImportWorksheetSchema.safeParse({ items: [] }).error?.issues[0]?.message).toBe(
      'Choisissez au moins une période à importer.',
    );
    expect(
      ImportWorksheetSchema.safeParse({
        items: [
          { key: candidates[0]!.key, kind: 'professional' },
          { key: candidates[0]!.key, kind: 'training' },
        ],
      }).error?.issues[0]?.message,
    ).toBe('Cette période est choisie deux fois.');
    expect(await tables()).toEqual(before);

    // Withdrawn, the worksheet is no longer offered.
    await withdrawQuestionnaire(deps, org.consultant.actor, assignmentId);
    expect((await readWorksheetImport(deps, beneficiary.actor, bilanId)).worksheets).toEqual([]);
  });

  it('changes nothing once the bilan has ended, and is for the beneficiary and the consultant only', async () => {
    const assignmentId = await assign();
    await submitQuestionnaire(deps, beneficiary.actor, assignmentId, body(ANSWERS));
    const key = (await readWorksheetImport(deps, beneficiary.actor, bilanId)).worksheets[0]!.candidates[1]!.key;
    const otherBeneficiary = await createUser(deps, org.id, 'beneficiary', 'autre');
    const otherConsultant = await createUser(deps, org.id, 'consultant', 'autre');
    const elsewhere = await createOrganisation(deps);
    const before = await tables();
    for (const [actor, code] of [
      [org.admin.actor, 'forbidden'],
      [elsewhere.admin.actor, 'forbidden'],
      [otherBeneficiary.actor, 'not_found'],
      [otherConsultant.actor, 'not_found'],
      [elsewhere.consultant.actor, 'not_found'],
    ] as const) {
      expect((await refusal(readWorksheetImport(deps, actor, bilanId))).code).toBe(code);
      expect((await refusal(importing({ items: [{ key, kind: 'professional' }] }, actor))).code).toBe(code);
    }
    await deps.db.updateTable('bilans').set({ phase: 'cloture' }).where('id', '=', bilanId).execute();
    const closed = await readWorksheetImport(deps, beneficiary.actor, bilanId);
    expect([closed.editable, closed.worksheets[0]!.candidates.length]).toEqual([false, 3]);
    expect((await refusal(importing({ items: [{ key, kind: 'professional' }] }))).code).toBe('bilan_closed');
    expect(await tables()).toEqual(before);
  });

  it('never imports the same period twice, even when both people import it at the same moment', async () => {
    const assignmentId = await assign();
    await submitQuestionnaire(deps, beneficiary.actor, assignmentId, body(ANSWERS));
    const key = (await readWorksheetImport(deps, beneficiary.actor, bilanId)).worksheets[0]!.candidates[0]!.key;
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, n) =>
        importing({ items: [{ key, kind: 'training' }] }, n % 2 === 0 ? beneficiary.actor : org.consultant.actor),
      ),
    );
    expect(results.reduce((sum, r) => sum + r.created.length, 0)).toBe(1);
    const rows = await deps.db
      .selectFrom('portfolio_experiences')
      .select(['imported_from'])
      .where('bilan_id', '=', bilanId)
      .execute();
    expect(rows).toEqual([{ imported_from: key }]);
  });
});
