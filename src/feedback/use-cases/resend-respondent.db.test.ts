/**
 * « Renvoyer » for le regard des autres (decision 026): the beneficiary sends a person a new link;
 * the previous one opens nothing (French 4xx), the new one is valid three weeks from now. Whether
 * the person answered does not change the answer (the beneficiary must not learn it).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import {
  createOrganisation,
  createUser,
  insertBilan,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { RESPONDENT_DEFINITION } from '../../instruments/domain/softskills/definitions.ts';
import { assignQuestionnaire } from '../../questionnaires/use-cases/assign-questionnaire.ts';
import { answerRespondent } from './answer-respondent.ts';
import { getRespondentForm } from './get-respondent-form.ts';
import { inviteRespondent } from './invite-respondent.ts';
import { listFeedback } from './list-feedback.ts';
import { resendRespondent } from './resend-respondent.ts';
import { revokeRespondent } from './revoke-respondent.ts';

const DAY = 86_400_000;
let deps: TestDeps;
let org: TestOrganisation;
let beneficiary: TestUser;
let assignmentId: string;

beforeEach(async () => {
  deps = testDeps();
  org = await createOrganisation(deps);
  beneficiary = await createUser(deps, org.id, 'beneficiary');
  const bilan = { id: await insertBilan(deps, org, beneficiary) };
  ({ assignmentId } = await assignQuestionnaire(deps, org.consultant.actor, bilan.id, {
    questionnaire: 'instrument:savoir-etre',
    dueOn: undefined,
    seanceId: undefined,
  }));
});

/** The token of the last link e-mailed to `to` (a trial installation: from the outbox). */
async function tokenSentTo(to: string): Promise<string> {
  const mail = await deps.db
    .selectFrom('outbox_emails')
    .select('text_body')
    .where('to_address', '=', to)
    .where('organisation_id', '=', org.id)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return /\/regard\/([A-Za-z0-9_-]+)/.exec(mail.text_body)![1]!;
}

const answers = () => {
  const a: Record<string, unknown> = { relation: 'collegue' };
  for (const q of RESPONDENT_DEFINITION.sections.flatMap((s) => s.questions)) if (q.type === 'scale') a[q.id] = 3;
  return a;
};

describe('sending a respondent a new link', () => {
  it('refuses the old link in French and opens the new one, also after expiry', async () => {
    const { invitationId } = await inviteRespondent(deps, beneficiary.actor, assignmentId, { email: 'ana@exemple.fr' });
    const first = await tokenSentTo('ana@exemple.fr');
    deps.clock.advance(21 * DAY);
    await expect(getRespondentForm(deps, first)).rejects.toMatchObject({
      status: 410,
      message: expect.stringContaining('Ce lien a expiré'),
    });
    expect((await listFeedback(deps, beneficiary.actor, assignmentId)).invitations[0]?.state).toBe('expired');

    // Only the beneficiary who invited sends it again.
    await expect(resendRespondent(deps, org.consultant.actor, invitationId)).rejects.toMatchObject({ status: 403 });
    const other = await createUser(deps, org.id, 'beneficiary', 'autre');
    await expect(resendRespondent(deps, other.actor, invitationId)).rejects.toMatchObject({ status: 404 });

    await resendRespondent(deps, beneficiary.actor, invitationId);
    const second = await tokenSentTo('ana@exemple.fr');
    expect(second).not.toBe(first);
    await expect(getRespondentForm(deps, first)).rejects.toMatchObject({
      status: 404,
      message: expect.stringContaining('remplacé par un lien plus récent'),
    });
    expect((await listFeedback(deps, beneficiary.actor, assignmentId)).invitations[0]).toMatchObject({
      state: 'open',
      expiresAt: new Date(deps.clock.now().getTime() + 21 * DAY).toISOString(),
    });
    await answerRespondent(deps, second, answers());

    // Answered: sending again says nothing of it, and the new link accepts no second answer.
    deps.clock.advance(60_000);
    await resendRespondent(deps, beneficiary.actor, invitationId);
    await expect(getRespondentForm(deps, await tokenSentTo('ana@exemple.fr'))).rejects.toMatchObject({
      message: expect.stringContaining('une seule réponse est possible'),
    });
  });

  it('does not send a withdrawn link again', async () => {
    const { invitationId } = await inviteRespondent(deps, beneficiary.actor, assignmentId, { email: 'bob@exemple.fr' });
    await revokeRespondent(deps, beneficiary.actor, invitationId);
    await expect(resendRespondent(deps, beneficiary.actor, invitationId)).rejects.toMatchObject({
      status: 409,
      message: 'Ce lien a été retiré : il ne peut plus être renvoyé.',
    });
  });
});
