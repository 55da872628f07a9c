/**
 * Administrative facts of a bilan that other capabilities read or keep (decision 021): its
 * people, organisation and financing for the documents, and the hours counters the séances
 * recompute. Never bilan content.
 */
import type { Trx } from '../../platform/db/kysely.ts';

/** The bilan with its beneficiary, consultant and organisation profile, as documents need them. */
export function readBilanFacts(db: Trx, bilanId: string) {
  return db
    .selectFrom('bilans as b')
    .innerJoin('users as u', 'u.id', 'b.beneficiary_id')
    .innerJoin('users as c', 'c.id', 'b.consultant_id')
    .innerJoin('organisations as o', 'o.id', 'b.organisation_id')
    .select([
      'b.id',
      'b.organisation_id',
      'b.financing',
      'b.phase',
      'b.planned_accompaniment_minutes',
      'b.accompaniment_done_minutes',
      'b.personal_work_done_minutes',
      'b.abandon_reason',
      'b.phase_changed_at',
      'b.created_at',
      'u.first_name as b_first',
      'u.last_name as b_last',
      'u.email as b_email',
      'c.first_name as c_first',
      'c.last_name as c_last',
      'o.name',
      'o.legal_name',
      'o.siret',
      'o.address',
      'o.postal_code',
      'o.city',
      'o.phone',
      'o.contact_email',
      'o.nda_number',
      'o.qualiopi_certificate_number',
    ])
    .where('b.id', '=', bilanId)
    .executeTakeFirstOrThrow();
}

/** The bilan's financing type, phase, planned hours and its organisation's SIRET. */
export function readBilanFinancing(db: Trx, bilanId: string) {
  return db
    .selectFrom('bilans as b')
    .innerJoin('organisations as o', 'o.id', 'b.organisation_id')
    .select(['b.financing', 'b.phase', 'b.planned_accompaniment_minutes', 'o.siret as provider_siret'])
    .where('b.id', '=', bilanId)
    .executeTakeFirstOrThrow();
}

/** Stores the hours counters recomputed from the bilan's séances. */
export async function updateBilanCounters(
  db: Trx,
  bilanId: string,
  counters: {
    accompanimentDoneMinutes: number;
    personalWorkDoneMinutes: number;
    noShowCount: number;
    lastHeldSeanceAt: Date | null;
  },
): Promise<void> {
  await db
    .updateTable('bilans')
    .set({
      accompaniment_done_minutes: counters.accompanimentDoneMinutes,
      personal_work_done_minutes: counters.personalWorkDoneMinutes,
      no_show_count: counters.noShowCount,
      last_held_seance_at: counters.lastHeldSeanceAt,
    })
    .where('id', '=', bilanId)
    .execute();
}
