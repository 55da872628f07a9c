/**
 * The leads as persons, for GDPR requests and the retention purge (decision 048): the
 * organisation's leads by name, one lead, the leads whose last contact is older than a cutoff, and
 * the deletion of leads with their children (interview, history). Intake owns these tables: the
 * privacy capability calls these functions.
 *
 * Last contact: the latest of the lead's creation and last update, its history's lines (status
 * changes, assignments, moves of the interview) and its entretien préalable (start, record, last
 * change). A lead converted into a bilan is never purged: it is part of that bilan's file.
 */
import { sql } from 'kysely';
import type { Trx } from '../../platform/db/kysely.ts';

/** The organisation's leads by name (at most 1,000, most recent first), not yet converted. */
export function listLeadPeople(db: Trx, organisationId: string) {
  return db
    .selectFrom('leads')
    .select(['id', 'first_name', 'last_name', 'email', 'created_at'])
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'desc')
    .limit(1000)
    .execute();
}

/** One lead of the organisation, with its bilan when converted, if it exists. */
export function findLeadPerson(db: Trx, organisationId: string, leadId: string) {
  return db
    .selectFrom('leads')
    .select(['id', 'first_name', 'last_name', 'email', 'bilan_id'])
    .where('organisation_id', '=', organisationId)
    .where('id', '=', leadId)
    .executeTakeFirst();
}

/** The instant of a lead's last contact (SQL), for `l` the lead's alias. */
const lastContact = sql<Date>`greatest(
  l.created_at,
  l.updated_at,
  (select max(h.changed_at) from lead_status_changes h where h.lead_id = l.id),
  (select greatest(i.starts_at, i.recorded_at, i.updated_at) from lead_interviews i where i.lead_id = l.id)
)`;

/**
 * Up to `limit` leads not converted whose last contact is before `cutoff`, locked (skipping those
 * another process holds), with their organisation.
 */
export function lockStaleLeads(trx: Trx, cutoff: Date, limit: number) {
  return trx
    .selectFrom('leads as l')
    .select(['l.id', 'l.organisation_id'])
    .where('l.bilan_id', 'is', null)
    .where('l.updated_at', '<', cutoff)
    .where(lastContact, '<', cutoff)
    .orderBy('l.updated_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

/** Deletes leads not converted, with their entretien préalable and history; returns how many went. */
export async function deleteLeadsWithChildren(trx: Trx, leadIds: string[]): Promise<number> {
  if (leadIds.length === 0) return 0;
  const ids = (
    await trx
      .selectFrom('leads')
      .select('id')
      .where('id', 'in', leadIds)
      .where('bilan_id', 'is', null)
      .forUpdate()
      .execute()
  ).map((row) => row.id);
  if (ids.length === 0) return 0;
  await trx.deleteFrom('lead_interviews').where('lead_id', 'in', ids).execute();
  await trx.deleteFrom('lead_status_changes').where('lead_id', 'in', ids).execute();
  const deleted = await trx.deleteFrom('leads').where('id', 'in', ids).executeTakeFirst();
  return Number(deleted.numDeletedRows);
}
