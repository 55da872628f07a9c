/**
 * The follow_ups table: the follow-up interview of a bilan, offered, answered, planned by the
 * sweep, reminded, then recorded.
 */
import { sql } from 'kysely';
import type { Trx } from '../../platform/db/kysely.ts';
import type { FollowUpOutcome, FollowUpResponse } from '../../platform/db/column-types.ts';
import { endedBilans } from '../../bilans/data/bilan-repository.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/database.ts';

/** Offers the follow-up; false when it was already offered. */
export async function insertFollowUpOffer(
  db: Trx,
  bilan: { id: string; organisationId: string },
  offeredBy: string,
  now: Date,
): Promise<boolean> {
  const inserted = await db
    .insertInto('follow_ups')
    .values({ bilan_id: bilan.id, organisation_id: bilan.organisationId, offered_at: now, offered_by: offeredBy })
    .onConflict((oc) => oc.column('bilan_id').doNothing())
    .returning('bilan_id')
    .executeTakeFirst();
  return Boolean(inserted);
}

/** The bilan's follow-up, if offered. */
export function findFollowUp(db: Trx, bilanId: string) {
  return db.selectFrom('follow_ups').selectAll().where('bilan_id', '=', bilanId).executeTakeFirst();
}

/** The bilan's follow-up facts, locked for the transaction, if offered. */
export function lockFollowUp(db: Trx, bilanId: string) {
  return db
    .selectFrom('follow_ups')
    .select(['response', 'due_on', 'outcome'])
    .where('bilan_id', '=', bilanId)
    .forUpdate()
    .executeTakeFirst();
}

export async function setFollowUpResponse(
  db: Trx,
  bilanId: string,
  response: FollowUpResponse,
  now: Date,
): Promise<void> {
  await db.updateTable('follow_ups').set({ response, responded_at: now }).where('bilan_id', '=', bilanId).execute();
}

export async function setFollowUpOutcome(
  db: Trx,
  bilanId: string,
  values: { outcome: FollowUpOutcome; held_on: string | null; recorded_by: string },
  now: Date,
): Promise<void> {
  await db
    .updateTable('follow_ups')
    .set({ ...values, recorded_at: now })
    .where('bilan_id', '=', bilanId)
    .execute();
}

/** Accepted follow-ups of closed bilans not planned yet, locked (others skip them). */
export function lockFollowUpsToPlan(trx: Trx) {
  return endedBilans(trx)
    .innerJoin('follow_ups as f', 'f.bilan_id', 'b.id')
    .where('b.phase', '=', 'cloture')
    .where('f.response', '=', 'accepted')
    .where('f.due_on', 'is', null)
    .forUpdate('f')
    .skipLocked()
    .execute();
}

export async function setFollowUpDue(db: Trx, bilanId: string, dueOn: string, now: Date): Promise<void> {
  await db.updateTable('follow_ups').set({ due_on: dueOn, planned_at: now }).where('bilan_id', '=', bilanId).execute();
}

/** Planned follow-ups not yet recorded nor reminded, with both people, locked (others skip them). */
export function lockFollowUpsToRemind(trx: Trx) {
  return trx
    .selectFrom('follow_ups as f')
    .innerJoin('bilans as b', 'b.id', 'f.bilan_id')
    .innerJoin('users as u', 'u.id', 'b.beneficiary_id')
    .innerJoin('users as c', 'c.id', 'b.consultant_id')
    .innerJoin('organisations as o', 'o.id', 'f.organisation_id')
    .select([
      'f.bilan_id',
      'f.organisation_id',
      'o.name as organisation_name',
      'f.due_on',
      'u.email',
      'u.first_name',
      'u.last_name',
      'c.email as c_email',
      'c.first_name as c_first',
      'c.last_name as c_last',
    ])
    .where('f.due_on', 'is not', null)
    .where('f.outcome', 'is', null)
    .where('f.reminder_sent_at', 'is', null)
    .forUpdate('f')
    .skipLocked()
    .execute();
}

export async function markFollowUpReminded(db: Trx, bilanId: string, now: Date): Promise<void> {
  await db.updateTable('follow_ups').set({ reminder_sent_at: now }).where('bilan_id', '=', bilanId).execute();
}

/** The organisation's follow-ups of bilans that ended between two days (in Paris). */
export function listFollowUpsOfBilansEndedBetween(db: Trx, organisationId: string, from: string, to: string) {
  return db
    .selectFrom('follow_ups as f')
    .innerJoin('bilans as b', 'b.id', 'f.bilan_id')
    .select(['f.response', 'f.due_on', 'f.outcome'])
    .where('f.organisation_id', '=', organisationId)
    .where(sql<boolean>`(timezone('Europe/Paris', b.phase_changed_at))::date BETWEEN ${from}::date AND ${to}::date`)
    .execute();
}

/** Whether a follow-up interview was offered for the bilan. */
export async function hasFollowUp(db: Kysely<Database>, bilanId: string): Promise<boolean> {
  const row = await db.selectFrom('follow_ups').select('bilan_id').where('bilan_id', '=', bilanId).executeTakeFirst();
  return row !== undefined;
}

/** Whether the beneficiary answered the hot evaluation of the bilan. */
export async function hotEvaluationAnswered(db: Kysely<Database>, bilanId: string): Promise<boolean> {
  const row = await db
    .selectFrom('evaluations')
    .select('answered_at')
    .where('bilan_id', '=', bilanId)
    .where('kind', '=', 'chaud')
    .executeTakeFirst();
  return Boolean(row?.answered_at);
}
