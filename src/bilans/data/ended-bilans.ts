/**
 * Bilans as the lifecycle needs them (decision 046): ended bilans that have no destruction schedule
 * yet, and one bilan of an organisation for its admin (no lock).
 */
import { sql } from 'kysely';
import type { Trx } from '../../platform/db/kysely.ts';
import { ENDED_PHASES } from '../domain/phases.ts';

/** Ended bilans without a row in bilan_destructions, by id after `afterId`, at most `limit`. */
export function listEndedBilansWithoutSchedule(db: Trx, afterId: string, limit: number) {
  return db
    .selectFrom('bilans as b')
    .select(['b.id', 'b.organisation_id', 'b.phase_changed_at'])
    .where('b.phase', 'in', ENDED_PHASES)
    .where('b.id', '>', afterId)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('bilan_destructions as d').select(sql`1`.as('x')).whereRef('d.bilan_id', '=', 'b.id'))),
    )
    .orderBy('b.id')
    .limit(limit)
    .execute();
}

/** A bilan of the organisation (for its admin), or undefined. */
export function readBilanOfOrganisation(db: Trx, organisationId: string, bilanId: string) {
  return db
    .selectFrom('bilans')
    .select(['id', 'organisation_id', 'phase', 'phase_changed_at', 'consultant_id', 'beneficiary_id'])
    .where('id', '=', bilanId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}
