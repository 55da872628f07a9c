/**
 * The reads of a bilan's content by anyone but its beneficiary, read back from the audit log for
 * « Qui a consulté mes données » (decision 049): the events of `READ_ACTIONS` on the bilan whose
 * actor is not its beneficiary, newest first, with the reader's name (a user, or the recipient
 * named in a share). Uses the index on the log's `bilan_id`.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/database.ts';
import { READ_ACTIONS } from '../contracts/content-reads.ts';

export function listBilanReadRows(
  db: Kysely<Database>,
  bilan: { id: string; organisation_id: string; beneficiary_id: string },
  before: number | undefined,
  limit: number,
) {
  let query = db
    .selectFrom('audit_events as e')
    .leftJoin('users as u', (join) =>
      join.onRef('u.id', '=', 'e.actor_user_id').onRef('u.organisation_id', '=', 'e.organisation_id'),
    )
    .leftJoin('shares as s', (join) =>
      join
        .onRef('s.id', '=', 'e.subject_id')
        .onRef('s.organisation_id', '=', 'e.organisation_id')
        .on('e.subject_type', '=', 'share'),
    )
    .select([
      'e.id',
      'e.occurred_at',
      'e.action',
      'e.actor_user_id',
      'e.actor_role',
      'e.details',
      'u.first_name',
      'u.last_name',
      's.recipient_name',
    ])
    .where('e.bilan_id', '=', bilan.id)
    .where('e.organisation_id', '=', bilan.organisation_id)
    .where('e.action', 'in', READ_ACTIONS)
    .where((eb) => eb.or([eb('e.actor_user_id', 'is', null), eb('e.actor_user_id', '!=', bilan.beneficiary_id)]))
    .orderBy('e.id', 'desc')
    .limit(limit);
  if (before !== undefined) query = query.where('e.id', '<', before);
  return query.execute();
}
