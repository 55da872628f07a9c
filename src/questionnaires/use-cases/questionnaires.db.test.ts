/**
 * Questionnaires on the database: assignment pinned to a version, autosave, submission once,
 * bad answers refused with nothing saved, comments and debrief, the consultant's own worksheets
 * (copy, edit → new version, old assignments untouched), instrument reports, and who may read.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import {
  createOrganisation,
  createUser,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { RIASEC_DEFINITION } from '../../instruments/domain/riasec/definition.ts';
import { AssignQuestionnaireSchema } from '../contracts/schemas.ts';
import { saveQuestionnaireDraft } from './save-questionnaire-draft.ts';
import { submitQuestionnaire } from './submit-questionnaire.ts';
import { assignQuestionnaire } from './assign-questionnaire.ts';
import { withdrawQuestionnaire } from './withdraw-questionnaire.ts';
import { commentAnswer } from './comment-answer.ts';
import { saveDebrief } from './save-debrief.ts';
import { copyWorksheetModel } from '../../worksheets/use-cases/copy-worksheet-model.ts';
import { getLibrary } from '../../worksheets/use-cases/get-library.ts';
import { getLibraryWorksheet } from '../../worksheets/use-cases/get-library-worksheet.ts';
import { updateLibraryWorksheet } from '../../worksheets/use-cases/update-library-worksheet.ts';
import { getAssignment } from './get-assignment.ts';
import { listBilanQuestionnaires } from './list-bilan-questionnaires.ts';
import { refusal } from '../../../tests/support/refusal.ts';

let deps: TestDeps;
let org: TestOrganisation;
let beneficiary: TestUser;
let bilanId: string;

async function bilanFor(o: TestOrganisation, consultant: TestUser, person: TestUser): Promise<string> {
  const row = await deps.db
    .insertInto('bilans')
    .values({
      organisation_id: o.id,
      beneficiary_id: person.id,
      consultant_id: consultant.id,
      financing: 'opco',
      planned_accompaniment_minutes: 1200,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const assign = (questionnaire: string, dueOn = '2026-12-01') =>
  assignQuestionnaire(deps, org.consultant.actor, bilanId, AssignQuestionnaireSchema.parse({ questionnaire, dueOn }));

const stored = (id: string) =>
  deps.db.selectFrom('questionnaire_assignments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

beforeEach(async () => {
  deps = testDeps();
  org = await createOrganisation(deps);
  beneficiary = await createUser(deps, org.id, 'beneficiary');
  bilanId = await bilanFor(org, org.consultant, beneficiary);
});

describe('worksheets', () => {
  it('assigns a model pinned to its version, autosaves drafts and submits once', async () => {
    const { assignmentId } = await assign('model:attentes-du-bilan');
    const list = await listBilanQuestionnaires(deps, beneficiary.actor, bilanId);
    expect(list.assignments).toMatchObject([
      { id: assignmentId, title: 'Vos attentes pour ce bilan', status: 'to_do', dueOn: '2026-12-01', version: 1 },
    ]);

    const draft = await saveQuestionnaireDraft(deps, beneficiary.actor, assignmentId, {
      version: 1,
      answers: { declencheur: 'Une envie de changer' },
    });
    expect(draft.savedAt).toBe('2026-11-23T09:00:00.000Z');
    expect((await stored(assignmentId)).answers).toEqual({ declencheur: 'Une envie de changer' });
    expect((await getAssignment(deps, beneficiary.actor, assignmentId)).status).toBe('in_progress');

    // Incomplete submission: refused, the draft stays as it was.
    const incomplete = await refusal(
      submitQuestionnaire(deps, beneficiary.actor, assignmentId, {
        version: 1,
        answers: { declencheur: 'Autre chose' },
      }),
    );
    expect(incomplete.code).toBe('validation_failed');
    expect(incomplete.fields?.situation).toBe('Cette question attend une réponse.');
    expect((await stored(assignmentId)).answers).toEqual({ declencheur: 'Une envie de changer' });
  });

  it('refuses an answer outside the scale, a ranking with duplicates and an unknown question, saving nothing', async () => {
    const { assignmentId } = await assign('model:attentes-du-bilan');
    await saveQuestionnaireDraft(deps, beneficiary.actor, assignmentId, {
      version: 1,
      answers: { declencheur: 'Premier jet' },
    });
    const definition = (await getAssignment(deps, beneficiary.actor, assignmentId)).definition;
    const scale = definition.sections.flatMap((s) => s.questions).find((q) => q.type === 'scale');
    expect(scale).toBeDefined();
    const outside = await refusal(
      saveQuestionnaireDraft(deps, beneficiary.actor, assignmentId, {
        version: 1,
        answers: { declencheur: 'Changé', [scale!.id]: 99 },
      }),
    );
    expect(outside.code).toBe('validation_failed');
    expect(outside.fields?.[scale!.id]).toMatch(/Choisissez une valeur entre/);
    const unknown = await refusal(
      saveQuestionnaireDraft(deps, beneficiary.actor, assignmentId, { version: 1, answers: { inconnue: 'x' } }),
    );
    expect(unknown.fields?.inconnue).toBe('Cette réponse ne correspond à aucune question du questionnaire.');
    expect((await stored(assignmentId)).answers).toEqual({ declencheur: 'Premier jet' });

    const ranking = await assign('model:besoins-et-motivations');
    const rankingQuestion = (await getAssignment(deps, beneficiary.actor, ranking.assignmentId)).definition.sections
      .flatMap((s) => s.questions)
      .find((q) => q.type === 'ranking');
    expect(rankingQuestion?.type).toBe('ranking');
    if (rankingQuestion?.type === 'ranking') {
      const first = rankingQuestion.items[0]!.value;
      const dup = await refusal(
        saveQuestionnaireDraft(deps, beneficiary.actor, ranking.assignmentId, {
          version: 1,
          answers: { [rankingQuestion.id]: [first, first] },
        }),
      );
      expect(dup.fields?.[rankingQuestion.id]).toBe('Un même élément ne peut occuper qu’un seul rang.');
      expect((await stored(ranking.assignmentId)).draft_saved_at).toBeNull();
    }
  });

  it('refuses answers to another version, after submission, and after withdrawal', async () => {
    const { assignmentId } = await assign('instrument:bigfive-mini-ipip');
    const versionMismatch = await refusal(
      saveQuestionnaireDraft(deps, beneficiary.actor, assignmentId, { version: 2, answers: {} }),
    );
    expect(versionMismatch.code).toBe('questionnaire_refused');
    expect(versionMismatch.message).toMatch(/a changé depuis/);

    const ids = (await getAssignment(deps, beneficiary.actor, assignmentId)).definition.sections.flatMap((s) =>
      s.questions.map((q) => q.id),
    );
    const full = Object.fromEntries(ids.map((id, i) => [id, (i % 5) + 1]));
    expect(Object.keys(full)).toHaveLength(20);
    await submitQuestionnaire(deps, beneficiary.actor, assignmentId, { version: 1, answers: full });
    const twice = await refusal(
      submitQuestionnaire(deps, beneficiary.actor, assignmentId, { version: 1, answers: full }),
    );
    expect(twice.message).toBe('Vous avez déjà envoyé ce questionnaire : il ne peut plus être modifié.');
    const draftAfter = await refusal(
      saveQuestionnaireDraft(deps, beneficiary.actor, assignmentId, { version: 1, answers: {} }),
    );
    expect(draftAfter.code).toBe('questionnaire_refused');
    expect((await stored(assignmentId)).answers).toEqual(full);

    const other = await assign('model:sens-du-travail');
    await withdrawQuestionnaire(deps, org.consultant.actor, other.assignmentId);
    const withdrawn = await refusal(
      saveQuestionnaireDraft(deps, beneficiary.actor, other.assignmentId, { version: 1, answers: {} }),
    );
    expect(withdrawn.message).toMatch(/a retiré ce questionnaire/);
    expect((await listBilanQuestionnaires(deps, beneficiary.actor, bilanId)).assignments.map((a) => a.id)).toEqual([
      assignmentId,
    ]);
  });

  it('refuses drafts and submission once the bilan is closed or abandoned, and says so to the page', async () => {
    const { assignmentId } = await assign('model:attentes-du-bilan');
    const before = { declencheur: 'Changer de voie' };
    await saveQuestionnaireDraft(deps, beneficiary.actor, assignmentId, { version: 1, answers: before });
    expect((await getAssignment(deps, beneficiary.actor, assignmentId)).bilanEnded).toBe(false);
    for (const phase of ['cloture', 'abandonne'] as const) {
      await deps.db.updateTable('bilans').set({ phase }).where('id', '=', bilanId).execute();
      expect((await getAssignment(deps, beneficiary.actor, assignmentId)).bilanEnded).toBe(true);
      const draft = await refusal(
        saveQuestionnaireDraft(deps, beneficiary.actor, assignmentId, {
          version: 1,
          answers: { declencheur: 'Autre chose' },
        }),
      );
      expect(draft.code).toBe('questionnaire_refused');
      expect(draft.message).toBe('Votre bilan est terminé : ce questionnaire ne reçoit plus de réponses.');
      const submit = await refusal(
        submitQuestionnaire(deps, beneficiary.actor, assignmentId, { version: 1, answers: before }),
      );
      expect(submit.code).toBe('questionnaire_refused');
      const row = await stored(assignmentId);
      expect(row.answers).toEqual(before);
      expect(row.submitted_at).toBeNull();
    }
  });

  it('lets the consultant comment per question and keeps own worksheets versioned', async () => {
    const { id } = await copyWorksheetModel(deps, org.consultant.actor, {
      modelId: 'sens-du-travail',
      title: 'Le sens de mon travail',
    });
    const copy = await getLibraryWorksheet(deps, org.consultant.actor, id);
    expect(copy.version).toBe(1);
    expect((await getLibrary(deps, org.consultant.actor)).own).toMatchObject([
      { id, title: 'Le sens de mon travail', version: 1, basedOn: 'sens-du-travail' },
    ]);

    const first = await assign(`library:${id}`);
    // Edit: add a question. The engine checks the definition; a duplicate id is refused.
    const edited = structuredClone(copy.definition);
    edited.sections[0]!.questions.push({
      id: 'question-ajoutee',
      type: 'short_text',
      label: 'Un mot pour résumer',
      required: false,
      minLength: 0,
      maxLength: 200,
    });
    expect(
      (await updateLibraryWorksheet(deps, org.consultant.actor, id, { version: 1, definition: edited })).version,
    ).toBe(2);
    const duplicate = structuredClone(edited);
    duplicate.sections[0]!.questions.push({ ...duplicate.sections[0]!.questions[0]! });
    const bad = await refusal(
      updateLibraryWorksheet(deps, org.consultant.actor, id, { version: 2, definition: duplicate }),
    );
    expect(bad.code).toBe('validation_failed');
    expect(Object.values(bad.fields ?? {}).join(' ')).toMatch(/en double/);
    expect(
      (await refusal(updateLibraryWorksheet(deps, org.consultant.actor, id, { version: 1, definition: edited }))).code,
    ).toBe('questionnaire_changed');

    const second = await assign(`library:${id}`);
    const firstDetail = await getAssignment(deps, beneficiary.actor, first.assignmentId);
    const secondDetail = await getAssignment(deps, beneficiary.actor, second.assignmentId);
    expect(firstDetail.version).toBe(1);
    expect(secondDetail.version).toBe(2);
    expect(firstDetail.definition.sections[0]!.questions.some((q) => q.id === 'question-ajoutee')).toBe(false);
    expect(secondDetail.definition.sections[0]!.questions.some((q) => q.id === 'question-ajoutee')).toBe(true);

    const questionId = firstDetail.definition.sections[0]!.questions[0]!.id;
    await commentAnswer(deps, org.consultant.actor, first.assignmentId, { questionId, body: 'Parlons-en mardi.' });
    const seen = await getAssignment(deps, beneficiary.actor, first.assignmentId);
    expect(seen.comments).toMatchObject([{ questionId, body: 'Parlons-en mardi.' }]);
    expect(
      (
        await refusal(
          commentAnswer(deps, org.consultant.actor, first.assignmentId, { questionId: 'nulle-part', body: 'x' }),
        )
      ).code,
    ).toBe('validation_failed');
    expect(
      (await refusal(commentAnswer(deps, beneficiary.actor, first.assignmentId, { questionId, body: 'x' }))).code,
    ).toBe('forbidden');
    const audit = await deps.db.selectFrom('audit_events').select('action').where('bilan_id', '=', bilanId).execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['questionnaire.assigned', 'questionnaire.commented']),
    );
  });
});

describe('instruments', () => {
  it('reports the RIASEC to the beneficiary and the consultant, with debrief notes', async () => {
    const { assignmentId } = await assign('instrument:riasec-iip');
    const answers: Record<string, number> = {};
    for (const q of RIASEC_DEFINITION.sections.flatMap((s) => s.questions))
      answers[q.id] = q.id.startsWith('s') ? 5 : q.id.startsWith('a') ? 4 : 2;
    expect((await getAssignment(deps, beneficiary.actor, assignmentId)).report).toBeNull();
    await submitQuestionnaire(deps, beneficiary.actor, assignmentId, { version: 1, answers });
    const mine = await getAssignment(deps, beneficiary.actor, assignmentId);
    expect(mine.report?.chart?.kind).toBe('hexagon');
    expect(mine.report?.summary.join(' ')).toMatch(/Social \(S\)/);
    expect(mine.report?.consultantNotes).toEqual([]);
    const theirs = await getAssignment(deps, org.consultant.actor, assignmentId);
    expect(theirs.report?.consultantNotes.length).toBeGreaterThan(0);
    await saveDebrief(deps, org.consultant.actor, assignmentId, {
      debrief: 'Intérêts sociaux nets, à relier au projet.',
    });
    expect((await getAssignment(deps, beneficiary.actor, assignmentId)).debrief).toBe(
      'Intérêts sociaux nets, à relier au projet.',
    );
  });

  it('refuses a values card in two piles and saves nothing; scores the sort once submitted', async () => {
    const { assignmentId } = await assign('instrument:valeurs-tri-cartes');
    const question = (await getAssignment(deps, beneficiary.actor, assignmentId)).definition.sections[0]!.questions[0]!;
    expect(question.type).toBe('card_sort');
    if (question.type !== 'card_sort') return;
    const [a, b] = question.cards;
    const twice = await refusal(
      saveQuestionnaireDraft(deps, beneficiary.actor, assignmentId, {
        version: 1,
        answers: { [question.id]: { piles: { essentiel: [a!.id], important: [a!.id, b!.id] } } },
      }),
    );
    expect(twice.fields?.[question.id]).toMatch(/posée dans deux piles/);
    expect((await stored(assignmentId)).draft_saved_at).toBeNull();

    const piles: Record<string, string[]> = { essentiel: [], important: [], secondaire: [] };
    question.cards.forEach((card, i) => piles[['essentiel', 'important', 'secondaire'][i % 3]!]!.push(card.id));
    const top = piles.essentiel!.slice(0, question.top?.count ?? 5);
    await submitQuestionnaire(deps, beneficiary.actor, assignmentId, {
      version: 1,
      answers: { [question.id]: { piles, top } },
    });
    const report = (await getAssignment(deps, beneficiary.actor, assignmentId)).report;
    expect(report?.instrumentId).toBe('valeurs-tri-cartes');
    expect(report?.chart).not.toBeNull();
  });

  it('lets nobody but the beneficiary and their consultant read or write', async () => {
    const { assignmentId } = await assign('instrument:riasec-iip');
    const otherBeneficiary = await createUser(deps, org.id, 'beneficiary', 'autre');
    const otherConsultant = await createUser(deps, org.id, 'consultant', 'autre');
    await bilanFor(org, otherConsultant, otherBeneficiary);
    const elsewhere = await createOrganisation(deps);
    for (const [actor, code] of [
      [otherBeneficiary.actor, 'not_found'],
      [otherConsultant.actor, 'not_found'],
      [org.admin.actor, 'forbidden'],
      [elsewhere.consultant.actor, 'not_found'],
      [elsewhere.admin.actor, 'forbidden'],
    ] as const) {
      expect((await refusal(getAssignment(deps, actor, assignmentId))).code).toBe(code);
      expect((await refusal(listBilanQuestionnaires(deps, actor, bilanId))).code).toBe(code);
    }
    expect(
      (await refusal(saveQuestionnaireDraft(deps, otherBeneficiary.actor, assignmentId, { version: 1, answers: {} })))
        .code,
    ).toBe('not_found');
    expect(
      (await refusal(saveQuestionnaireDraft(deps, org.consultant.actor, assignmentId, { version: 1, answers: {} })))
        .code,
    ).toBe('forbidden');
    expect(
      (
        await refusal(
          assignQuestionnaire(
            deps,
            otherConsultant.actor,
            bilanId,
            AssignQuestionnaireSchema.parse({ questionnaire: 'model:attentes-du-bilan' }),
          ),
        )
      ).code,
    ).toBe('not_found');
    expect((await stored(assignmentId)).draft_saved_at).toBeNull();
  });
});
