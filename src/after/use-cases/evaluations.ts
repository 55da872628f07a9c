/**
 * The évaluations à chaud and à froid: the consultant may send the hot one during the
 * conclusion (the sweep sends it at the end otherwise); the beneficiary answers through the
 * e-mailed link, without signing in: the link is the credential, single use and expiring.
 */
import { parisDate } from '../../platform/clock.ts';
import { evaluationLinkExpiresOn } from '../domain/follow-up.ts';
import { evaluationEmail } from '../domain/emails.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { EVALUATIONS, evaluationScore, type EvaluationKind } from '../domain/evaluations.ts';
import { validateSubmission } from '../../questionnaires/domain/validate-submission.ts';
import type { EvaluationAnswers, EvaluationFormView, EvaluationQuestionView } from '../contracts/schemas.ts';
import type { QuestionnaireDefinition } from '../../questionnaires/domain/definition-schema.ts';
import { AppError } from '../../shared/errors.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { lockBilan } from '../../bilans/data/bilan-access.ts';
import type { Trx } from '../../platform/db/kysely.ts';

export async function sendHotEvaluationNow(deps: Deps, actor: Actor, bilanId: string): Promise<void> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'consultant');
    if (bilan.phase === 'preliminaire' || bilan.phase === 'investigation') {
      throw new AppError('follow_up_refused', {
        message: 'L’évaluation à chaud s’envoie pendant la phase de conclusion.',
      });
    }
    const person = await trx
      .selectFrom('users as u')
      .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .select(['u.email', 'u.first_name', 'o.name'])
      .where('u.id', '=', bilan.beneficiary_id)
      .executeTakeFirstOrThrow();
    const sent = await sendEvaluation(
      trx,
      {
        bilanId,
        organisationId: actor.organisationId,
        kind: 'chaud',
        to: person.email,
        firstName: person.first_name,
        organisationName: person.name,
      },
      deps,
      now,
    );
    if (!sent) throw new AppError('follow_up_refused', { message: 'L’évaluation à chaud a déjà été envoyée.' });
  });
  deps.emailsQueued();
}

/** Creates the evaluation of `kind` for a bilan and queues its e-mail; false when it already exists. */
export async function sendEvaluation(
  trx: Trx,
  input: {
    bilanId: string;
    organisationId: string;
    kind: EvaluationKind;
    to: string;
    firstName: string;
    organisationName: string;
  },
  deps: Deps,
  now: Date,
): Promise<boolean> {
  const sentOn = parsePlainDate(parisDate(now));
  const expiresOn = evaluationLinkExpiresOn(sentOn);
  const { token, hash } = deps.tokens.create();
  const definition = EVALUATIONS[input.kind];
  const inserted = await trx
    .insertInto('evaluations')
    .values({
      organisation_id: input.organisationId,
      bilan_id: input.bilanId,
      kind: input.kind,
      token_hash: hash,
      questionnaire_id: definition.id,
      questionnaire_version: definition.version,
      sent_at: now,
      expires_on: expiresOn,
    })
    .onConflict((oc) => oc.columns(['bilan_id', 'kind']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return false;
  const message = evaluationEmail({
    firstName: input.firstName,
    organisationName: input.organisationName,
    kind: input.kind,
    expiresOn,
    url: `${deps.publicUrl}/evaluation/${token}`,
  });
  await deps.outbox.enqueue(
    trx,
    { organisationId: input.organisationId, kind: `evaluation_${input.kind}`, to: input.to, message },
    now,
  );
  return true;
}

async function loadByToken(deps: Deps, trx: Trx, token: string, today: string, lock: boolean) {
  let query = trx
    .selectFrom('evaluations as e')
    .innerJoin('bilans as b', 'b.id', 'e.bilan_id')
    .innerJoin('users as u', 'u.id', 'b.beneficiary_id')
    .innerJoin('organisations as o', 'o.id', 'e.organisation_id')
    .select(['e.id', 'e.kind', 'e.expires_on', 'e.answered_at', 'u.first_name', 'o.name as organisation_name'])
    .where('e.token_hash', '=', deps.tokens.hash(token));
  if (lock) query = query.forUpdate('e');
  const row = await query.executeTakeFirst();
  if (!row) throw new AppError('evaluation_invalid');
  if (row.answered_at) throw new AppError('evaluation_answered');
  if (row.expires_on < today) throw new AppError('evaluation_expired');
  return row;
}

export async function getEvaluationForm(deps: Deps, token: string): Promise<EvaluationFormView> {
  const today = parisDate(deps.clock.now());
  const row = await loadByToken(deps, deps.db, token, today, false);
  // A respondent link reveals nothing beyond the first name and the organisation.
  return {
    kind: row.kind,
    organisationName: row.organisation_name,
    firstName: row.first_name,
    expiresOn: row.expires_on,
    questionnaire: questionnaireView(EVALUATIONS[row.kind]),
  };
}

/** The evaluation questionnaires use three question types only; this is what the form needs of them. */
function questionnaireView(definition: QuestionnaireDefinition): EvaluationFormView['questionnaire'] {
  return {
    title: definition.title,
    intro: definition.intro ?? '',
    sections: definition.sections.map((section) => ({
      id: section.id,
      title: section.title,
      questions: section.questions.flatMap((q): EvaluationQuestionView[] => {
        if (q.type === 'scale')
          return [{ id: q.id, type: 'scale', label: q.label, required: q.required, anchors: q.anchors }];
        if (q.type === 'single_choice')
          return [{ id: q.id, type: 'single_choice', label: q.label, required: q.required, options: q.options }];
        if (q.type === 'long_text')
          return [{ id: q.id, type: 'long_text', label: q.label, required: q.required, maxLength: q.maxLength }];
        throw new Error(`Evaluation question type ${q.type} has no form view`);
      }),
    })),
  };
}

export async function answerEvaluation(deps: Deps, token: string, input: EvaluationAnswers): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const row = await loadByToken(deps, trx, token, parisDate(now), true);
    const definition = EVALUATIONS[row.kind];
    const checked = validateSubmission(definition, {
      questionnaireId: definition.id,
      version: definition.version,
      answers: input.answers,
    });
    if (!checked.ok) {
      const fields: Record<string, string> = {};
      for (const error of checked.errors) fields[error.questionId ?? 'answers'] ??= error.message;
      throw new AppError('validation_failed', { fields });
    }
    await trx
      .updateTable('evaluations')
      .set({
        answered_at: now,
        answers: JSON.stringify(checked.answers),
        score_basis_points: evaluationScore(definition, checked.answers),
      })
      .where('id', '=', row.id)
      .execute();
  });
}
