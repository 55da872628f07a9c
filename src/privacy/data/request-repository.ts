/**
 * The register of GDPR requests (privacy_requests, decision 048): written here only. Every read is
 * scoped by organisation; the beneficiary's reads by their account too.
 */
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { PrivacyRequests } from '../../platform/db/database.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { notFound } from '../../platform/authorize.ts';
import type { Actor } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';

export type RequestRow = Selectable<PrivacyRequests>;

export async function insertRequest(trx: Trx, values: Insertable<PrivacyRequests>): Promise<string> {
  const row = await trx.insertInto('privacy_requests').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export function updateRequest(trx: Trx, id: string, patch: Updateable<PrivacyRequests>) {
  return trx.updateTable('privacy_requests').set(patch).where('id', '=', id).execute();
}

/** One request of the organisation, locked for a change, if it exists. */
export function lockRequest(trx: Trx, organisationId: string, id: string): Promise<RequestRow | undefined> {
  return trx
    .selectFrom('privacy_requests')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** The organisation's requests, or one person's, newest first (at most 2,000). */
export function listRequestRows(
  db: Trx,
  organisationId: string,
  filter: { id?: string; beneficiaryId?: string } = {},
): Promise<RequestRow[]> {
  let query = db.selectFrom('privacy_requests').selectAll().where('organisation_id', '=', organisationId);
  if (filter.id) query = query.where('id', '=', filter.id);
  if (filter.beneficiaryId) query = query.where('beneficiary_id', '=', filter.beneficiaryId);
  return query.orderBy('received_on', 'desc').orderBy('created_at', 'desc').limit(2000).execute();
}

/** How many requests of this beneficiary are still open. */
export async function countOpenRequestsOf(trx: Trx, organisationId: string, beneficiaryId: string): Promise<number> {
  const row = await trx
    .selectFrom('privacy_requests')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('beneficiary_id', '=', beneficiaryId)
    .where('status', 'in', ['received', 'in_progress'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The bilans of the beneficiary each request names (for the register and an erasure). */
export function listBilansOfRequests(db: Trx, organisationId: string, requestIds: string[]) {
  if (requestIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('privacy_requests as r')
    .innerJoin('bilans as b', (join) =>
      join.onRef('b.beneficiary_id', '=', 'r.beneficiary_id').onRef('b.organisation_id', '=', 'r.organisation_id'),
    )
    .select(['r.id as request_id', 'b.id as bilan_id'])
    .where('r.organisation_id', '=', organisationId)
    .where('r.id', 'in', requestIds)
    .execute();
}

/**
 * The open requests whose admins the deadline sweep may have to write to, locked (skipping those
 * another process holds), with their organisation's name.
 */
export function lockOpenRequests(trx: Trx) {
  return trx
    .selectFrom('privacy_requests as r')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .select([
      'r.id',
      'r.organisation_id',
      'r.kind',
      'r.received_on',
      'r.due_on',
      'r.extended_due_on',
      'r.reminded_at',
      'r.overdue_alerted_at',
      'o.name as organisation_name',
    ])
    .where('r.status', 'in', ['received', 'in_progress'])
    .where('r.overdue_alerted_at', 'is', null)
    .forUpdate('r')
    .skipLocked()
    .execute();
}

/** A request of the actor's organisation, locked, that is still open: 404 otherwise, 409 if closed. */
export async function lockOpenRequest(trx: Trx, actor: Actor, id: string): Promise<RequestRow> {
  const row = await lockRequest(trx, actor.organisationId, id);
  if (!row) notFound();
  if (row.status === 'answered' || row.status === 'refused') throw new AppError('privacy_request_closed');
  return row;
}
