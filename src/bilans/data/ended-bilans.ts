/**
 * Bilans as what follows them needs them (`after`): the ended ones with their beneficiary and
 * organisation, the CPF ones with their people, and the ends of bilans over a period. Builders,
 * so the caller adds its own conditions on its tables.
 */
import { sql } from 'kysely';
import type { Trx } from '../../platform/db/kysely.ts';
import { ENDED_PHASES } from '../domain/phases.ts';

/** Ended bilans (clôturés or abandonnés) with their beneficiary's e-mail and their organisation. */
export function endedBilans(trx: Trx) {
  return trx
    .selectFrom('bilans as b')
    .innerJoin('users as u', 'u.id', 'b.beneficiary_id')
    .innerJoin('organisations as o', 'o.id', 'b.organisation_id')
    .select([
      'b.id',
      'b.organisation_id',
      'b.phase',
      'b.phase_changed_at',
      'u.email',
      'u.first_name',
      'o.name as organisation_name',
      'o.follow_up_months',
    ])
    .where('b.phase', 'in', ENDED_PHASES);
}

/** CPF-financed bilans with their beneficiary's name and their consultant's e-mail and first name. */
export function cpfBilans(trx: Trx) {
  return trx
    .selectFrom('bilans as b')
    .innerJoin('users as u', 'u.id', 'b.beneficiary_id')
    .innerJoin('users as c', 'c.id', 'b.consultant_id')
    .select([
      'b.id',
      'b.organisation_id',
      'b.phase',
      'b.phase_changed_at',
      'u.first_name',
      'u.last_name',
      'c.email as c_email',
      'c.first_name as c_first',
    ])
    .where('b.financing', '=', 'cpf');
}

/** The organisation's bilans that ended between two days (in Paris), with their hours. */
export function listBilansEndedBetween(db: Trx, organisationId: string, from: string, to: string) {
  return db
    .selectFrom('bilans as b')
    .select(['b.phase', 'b.accompaniment_done_minutes', 'b.planned_accompaniment_minutes'])
    .where('b.organisation_id', '=', organisationId)
    .where('b.phase', 'in', ENDED_PHASES)
    .where(sql<boolean>`(timezone('Europe/Paris', b.phase_changed_at))::date BETWEEN ${from}::date AND ${to}::date`)
    .execute();
}
