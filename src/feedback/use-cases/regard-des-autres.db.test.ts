/**
 * Le regard des autres (360°) on the database: invitations by e-mail, the respondent's form with
 * the beneficiary's first name only, one answer per link, revoked and expired links, and results
 * aggregated from three answers without anyone's individual answers.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import {
  createOrganisation,
  createUser,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { SELF_DEFINITION, RESPONDENT_DEFINITION } from '../../instruments/domain/softskills/definitions.ts';
import { AssignQuestionnaireSchema } from '../../questionnaires/contracts/schemas.ts';
import { assignQuestionnaire } from '../../questionnaires/use-cases/assign-questionnaire.ts';
import { getAssignment } from '../../questionnaires/use-cases/get-assignment.ts';
import { submitQuestionnaire } from '../../questionnaires/use-cases/submit-questionnaire.ts';
import { answerRespondent } from './answer-respondent.ts';
import { getRespondentForm } from './get-respondent-form.ts';
import { inviteRespondent } from './invite-respondent.ts';
import { listFeedback } from './list-feedback.ts';
import { revokeRespondent } from './revoke-respondent.ts';
import { refusal } from '../../../tests/support/refusal.ts';

let deps: TestDeps;
let org: TestOrganisation;
let beneficiary: TestUser;
let bilanId: string;

const assign = (questionnaire: string, dueOn = '2026-12-01') =>
  assignQuestionnaire(deps, org.consultant.actor, bilanId, AssignQuestionnaireSchema.parse({ questionnaire, dueOn }));

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

describe('le regard des autres (360°)', () => {
  const tokenOf = async (email: string) => {
    const mail = await deps.db
      .selectFrom('outbox_emails')
      .select('text_body')
      .where('to_address', '=', email)
      .executeTakeFirstOrThrow();
    return /\/regard\/([A-Za-z0-9_-]+)/.exec(mail.text_body)![1]!;
  };
  const respondentAnswers = (rating: number) => {
    const answers: Record<string, unknown> = { relation: 'collegue', 'ce-que-j-apprecie': `Note ${rating}` };
    for (const q of RESPONDENT_DEFINITION.sections.flatMap((s) => s.questions))
      if (q.type === 'scale') answers[q.id] = rating;
    return answers;
  };

  it('lets nobody be invited, and takes no answer, once the bilan has ended', async () => {
    const { assignmentId } = await assign('instrument:savoir-etre');
    await deps.db.updateTable('bilans').set({ phase: 'abandonne' }).where('id', '=', bilanId).execute();
    const error = await refusal(inviteRespondent(deps, beneficiary.actor, assignmentId, { email: 'ana@exemple.fr' }));
    expect(error).toMatchObject({ code: 'feedback_refused', message: expect.stringContaining('terminé') });
    // Nor are answers taken any more.
    const answering = await refusal(
      submitQuestionnaire(deps, beneficiary.actor, assignmentId, { version: 1, answers: {} }),
    );
    expect(answering).toMatchObject({ code: 'questionnaire_refused', details: { code: 'bilan_ended' } });
    expect(
      await deps.db.selectFrom('outbox_emails').select('id').where('to_address', '=', 'ana@exemple.fr').execute(),
    ).toEqual([]);
  });

  it('invites by e-mail, shows only the first name, aggregates from three answers, refuses a second answer and a revoked link', async () => {
    const { assignmentId } = await assign('instrument:savoir-etre');
    const self: Record<string, unknown> = {};
    for (const q of SELF_DEFINITION.sections.flatMap((s) => s.questions))
      self[q.id] = q.type === 'scale' ? 3 : 'Un exemple précis.';
    await submitQuestionnaire(deps, beneficiary.actor, assignmentId, { version: 1, answers: self });

    const emails = ['ana@exemple.fr', 'bob@exemple.fr', 'chloe@exemple.fr', 'dan@exemple.fr'];
    for (const email of emails) await inviteRespondent(deps, beneficiary.actor, assignmentId, { email });
    expect(
      (await refusal(inviteRespondent(deps, beneficiary.actor, assignmentId, { email: 'ana@exemple.fr' }))).fields
        ?.email,
    ).toBe('Cette personne est déjà invitée.');

    const form = await getRespondentForm(deps, await tokenOf('ana@exemple.fr'));
    expect(form.title).toBe('Bruno vous demande votre regard');
    const lastName = (
      await deps.db.selectFrom('users').select('last_name').where('id', '=', beneficiary.id).executeTakeFirstOrThrow()
    ).last_name;
    expect(JSON.stringify(form)).not.toContain(lastName);
    expect(JSON.stringify(form)).not.toContain(beneficiary.email);

    // Bad input: nothing saved.
    const outside = await refusal(
      answerRespondent(deps, await tokenOf('ana@exemple.fr'), { ...respondentAnswers(4), 'regard-autonomie': 9 }),
    );
    expect(outside.code).toBe('validation_failed');

    await answerRespondent(deps, await tokenOf('ana@exemple.fr'), respondentAnswers(4));
    expect(
      (await refusal(answerRespondent(deps, await tokenOf('ana@exemple.fr'), respondentAnswers(1)))).message,
    ).toMatch(/une seule réponse est possible/);
    await answerRespondent(deps, await tokenOf('bob@exemple.fr'), respondentAnswers(2));
    let report = (await getAssignment(deps, beneficiary.actor, assignmentId)).report!;
    expect(JSON.stringify(report)).not.toContain('Note 4');
    expect((await listFeedback(deps, beneficiary.actor, assignmentId)).answered).toBe(2);

    const dan = (await listFeedback(deps, beneficiary.actor, assignmentId)).invitations.find(
      (i) => i.email === 'dan@exemple.fr',
    )!;
    await revokeRespondent(deps, beneficiary.actor, dan.id);
    expect((await refusal(getRespondentForm(deps, await tokenOf('dan@exemple.fr')))).code).toBe('feedback_closed');

    await answerRespondent(deps, await tokenOf('chloe@exemple.fr'), respondentAnswers(3));
    report = (await getAssignment(deps, beneficiary.actor, assignmentId)).report!;
    expect(JSON.stringify(report)).toContain('Note 4');
    expect(report.chart?.points[0]?.secondary).toBe(3);

    // A respondent link reads no result: neither the aggregate, nor the self-rating, nor others' comments.
    await inviteRespondent(deps, beneficiary.actor, assignmentId, { email: 'eve@exemple.fr' });
    const eveForm = JSON.stringify(await getRespondentForm(deps, await tokenOf('eve@exemple.fr')));
    for (const secret of [
      'Note 4',
      'Note 2',
      'Un exemple précis.',
      'Regard de l’entourage',
      lastName,
      beneficiary.email,
    ])
      expect(eveForm).not.toContain(secret);
    expect(eveForm).not.toMatch(/"(report|answers|debrief|comments)"/);
    // An answered link opens nothing any more.
    expect((await refusal(getRespondentForm(deps, await tokenOf('chloe@exemple.fr')))).message).toMatch(
      /une seule réponse est possible/,
    );

    // Expired link.
    deps.clock.advance(22 * 86_400_000);
    expect((await refusal(getRespondentForm(deps, await tokenOf('dan@exemple.fr')))).code).toBe('feedback_closed');
  });
});
