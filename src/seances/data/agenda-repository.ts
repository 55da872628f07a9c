/** The consultant's agenda: their séances starting in a window, with each beneficiary's name. */
import type { Trx } from '../../platform/db/kysely.ts';
import type { Actor } from '../../platform/deps.ts';

/**
 * The séances the actor runs, in their organisation, on bilans they still follow, starting in
 * `[from, to)`, by start. Scoped three ways: organisation, the séance's consultant, the bilan's.
 */
export function listAgendaSeances(db: Trx, actor: Actor, from: Date, to: Date) {
  return db
    .selectFrom('seances as s')
    .innerJoin('bilans as b', (j) => j.onRef('b.id', '=', 's.bilan_id').onRef('b.organisation_id', '=', 's.organisation_id'))
    .innerJoin('users as u', 'u.id', 'b.beneficiary_id')
    .select([
      's.id',
      's.bilan_id',
      's.starts_at',
      's.ends_at',
      's.mode',
      's.place',
      's.topic',
      's.status',
      's.signed_by_beneficiary_at',
      's.signed_by_consultant_at',
      'u.first_name',
      'u.last_name',
    ])
    .where('s.organisation_id', '=', actor.organisationId)
    .where('s.consultant_id', '=', actor.userId)
    .where('b.consultant_id', '=', actor.userId)
    .where('s.starts_at', '>=', from)
    .where('s.starts_at', '<', to)
    .orderBy('s.starts_at')
    .orderBy('s.id')
    .execute();
}
