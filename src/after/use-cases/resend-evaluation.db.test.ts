/**
 * « Renvoyer » for an évaluation (decision 026): the consultant sends the beneficiary a new link,
 * valid for the full period from today; the previous one opens nothing (French 4xx); an expired
 * link is refused and a new one works; nothing is sent once the answer is in.
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
import { createEvaluation } from '../data/evaluation-repository.ts';
import { EVALUATIONS } from '../domain/evaluations.ts';
import { answerEvaluation } from './answer-evaluation.ts';
import { getAfterBilan } from './get-after-bilan.ts';
import { getEvaluationForm } from './get-evaluation-form.ts';
import { resendEvaluation } from './resend-evaluation.ts';

const DAY = 86_400_000;
let deps: TestDeps;
let org: TestOrganisation;
let beneficiary: TestUser;
let bilanId: string;

beforeEach(async () => {
  deps = testDeps('2026-06-01T08:00:00Z');
  org = await createOrganisation(deps);
  beneficiary = await createUser(deps, org.id, 'beneficiary');
  const bilan = { id: await insertBilan(deps, org, beneficiary) };
  bilanId = bilan.id;
  await deps.db.transaction().execute((trx) =>
    createEvaluation(
      trx,
      {
        bilanId,
        organisationId: org.id,
        kind: 'chaud',
        to: beneficiary.email,
        firstName: 'Bruno',
        organisationName: org.name,
      },
      deps,
      deps.clock.now(),
    ),
  );
});

/** The token of the last évaluation link e-mailed (a trial installation: from the outbox). */
async function lastToken(): Promise<string> {
  const mail = await deps.db
    .selectFrom('outbox_emails')
    .select('text_body')
    .where('to_address', '=', beneficiary.email)
    .where('kind', '=', 'evaluation_chaud')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return /\/evaluation\/([A-Za-z0-9_-]+)/.exec(mail.text_body)![1]!;
}

const answers = () => {
  const a: Record<string, unknown> = {};
  for (const q of EVALUATIONS.chaud.sections.flatMap((s) => s.questions))
    if (q.type === 'scale') a[q.id] = 4;
    else if (q.type === 'single_choice') a[q.id] = 'oui';
  return a;
};

describe('sending an évaluation again', () => {
  it('refuses the expired and the replaced links in French, and the new one works', async () => {
    const first = await lastToken();
    deps.clock.advance(61 * DAY);
    await expect(getEvaluationForm(deps, first)).rejects.toMatchObject({
      status: 410,
      message: expect.stringContaining('demandez à votre consultant·e de vous envoyer un nouveau lien'),
    });

    // Only the bilan's consultant sends it.
    await expect(resendEvaluation(deps, beneficiary.actor, bilanId, 'chaud')).rejects.toMatchObject({ status: 403 });
    const other = await createUser(deps, org.id, 'consultant', 'autre');
    await expect(resendEvaluation(deps, other.actor, bilanId, 'chaud')).rejects.toMatchObject({ status: 404 });
    await expect(resendEvaluation(deps, org.consultant.actor, bilanId, 'froid')).rejects.toMatchObject({ status: 409 });

    await resendEvaluation(deps, org.consultant.actor, bilanId, 'chaud');
    const second = await lastToken();
    expect(second).not.toBe(first);
    await expect(getEvaluationForm(deps, first)).rejects.toMatchObject({
      status: 404,
      message: expect.stringContaining('remplacé par un lien plus récent'),
    });
    expect(await getEvaluationForm(deps, second)).toMatchObject({ kind: 'chaud', expiresOn: '2026-09-30' });
    expect((await getAfterBilan(deps, org.consultant.actor, bilanId)).evaluations).toEqual([
      expect.objectContaining({ kind: 'chaud', answered: false, expiresOn: '2026-09-30', canResend: true }),
    ]);

    await answerEvaluation(deps, second, { answers: answers() });
    expect((await getAfterBilan(deps, org.consultant.actor, bilanId)).evaluations[0]?.canResend).toBe(false);
    await expect(resendEvaluation(deps, org.consultant.actor, bilanId, 'chaud')).rejects.toMatchObject({
      status: 409,
      message: 'Cette évaluation n’attend pas de réponse : elle n’a pas été envoyée, ou la réponse est déjà reçue.',
    });
  });
});
