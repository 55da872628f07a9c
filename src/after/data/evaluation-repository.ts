/**
 * The evaluations table: the évaluations à chaud and à froid of a bilan, created with their
 * single-use link (only its hash is stored) and e-mailed, then answered through that link.
 */
import { sql } from 'kysely';
import { localInstant, parisDate } from '../../platform/clock.ts';
import type { Deps } from '../../platform/deps.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { addDays, parsePlainDate, type PlainDate } from '../../shared/calendar/plain-date.ts';
import { AppError } from '../../shared/errors.ts';
import { evaluationLinkExpiresOn } from '../domain/follow-up.ts';
import { evaluationEmail } from '../domain/emails.ts';
import { EVALUATIONS, type EvaluationKind } from '../domain/evaluations.ts';

/** Creates the evaluation of `kind` for a bilan and queues its e-mail; false when it already exists. */
export async function createEvaluation(
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
  await queueEvaluationEmail(trx, input, { token, expiresOn }, deps, now);
  return true;
}

/**
 * « Renvoyer »: a new link for the unanswered evaluation of `kind` of a bilan, valid for the full
 * period from today; the previous link opens nothing any more. False when there is no such
 * evaluation or it is answered.
 */
export async function renewEvaluationLink(
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
  const expiresOn = evaluationLinkExpiresOn(parsePlainDate(parisDate(now)));
  const { token, hash } = deps.tokens.create();
  const updated = await trx
    .updateTable('evaluations')
    .set({ token_hash: hash, expires_on: expiresOn })
    .where('bilan_id', '=', input.bilanId)
    .where('organisation_id', '=', input.organisationId)
    .where('kind', '=', input.kind)
    .where('answered_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  if (!updated) return false;
  await queueEvaluationEmail(trx, input, { token, expiresOn }, deps, now);
  return true;
}

/** The évaluation's e-mail, whose link is personal (decision 026): it works until the end of `expiresOn` in Paris. */
async function queueEvaluationEmail(
  trx: Trx,
  input: { organisationId: string; kind: EvaluationKind; to: string; firstName: string; organisationName: string },
  link: { token: string; expiresOn: PlainDate },
  deps: Deps,
  now: Date,
): Promise<void> {
  const url = `${deps.publicUrl}/evaluation/${link.token}`;
  const message = evaluationEmail({
    firstName: input.firstName,
    organisationName: input.organisationName,
    kind: input.kind,
    expiresOn: link.expiresOn,
    url,
  });
  await deps.outbox.enqueue(
    trx,
    {
      organisationId: input.organisationId,
      kind: `evaluation_${input.kind}`,
      to: input.to,
      message,
      personalLink: { url, expiresAt: localInstant(addDays(link.expiresOn, 1), '00:00') },
    },
    now,
  );
}

/**
 * The evaluation behind a link, with the respondent's first name and the organisation's name;
 * refused when unknown, already answered or expired (`today` in Paris).
 */
export async function loadEvaluationByToken(deps: Deps, trx: Trx, token: string, today: string, lock: boolean) {
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

export async function saveEvaluationAnswers(
  db: Trx,
  evaluationId: string,
  answers: Record<string, unknown>,
  scoreBasisPoints: number | null,
  now: Date,
): Promise<void> {
  await db
    .updateTable('evaluations')
    .set({ answered_at: now, answers: JSON.stringify(answers), score_basis_points: scoreBasisPoints })
    .where('id', '=', evaluationId)
    .execute();
}

/** The evaluations sent for a bilan (never their answers), oldest first. */
export function listBilanEvaluations(db: Trx, bilanId: string) {
  return db
    .selectFrom('evaluations')
    .select(['kind', 'sent_at', 'answered_at', 'expires_on'])
    .where('bilan_id', '=', bilanId)
    .orderBy('sent_at')
    .execute();
}

/** The organisation's evaluations sent between two days (in Paris), with their answers. */
export function listEvaluationsSentBetween(db: Trx, organisationId: string, from: string, to: string) {
  return db
    .selectFrom('evaluations as e')
    .select(['e.kind', 'e.answered_at', 'e.score_basis_points', 'e.answers'])
    .where('e.organisation_id', '=', organisationId)
    .where(sql<boolean>`(timezone('Europe/Paris', e.sent_at))::date BETWEEN ${from}::date AND ${to}::date`)
    .execute();
}
