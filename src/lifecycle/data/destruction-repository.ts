/**
 * The bilan_destructions and destruction_certificates tables (decision 046): the schedule of each
 * ended bilan, with the warnings sent, and the certificate entries of every destruction.
 */
import type { Trx } from '../../platform/db/kysely.ts';
import type { CertificateLine, DestructionReason, KeepableItem } from '../domain/registry.ts';

export interface ScheduleRow {
  bilan_id: string;
  organisation_id: string;
  ended_on: string;
  due_on: string;
  warn_on: string;
}

export async function insertSchedules(trx: Trx, rows: ScheduleRow[], now: Date): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await trx
    .insertInto('bilan_destructions')
    .values(rows.map((row) => ({ ...row, created_at: now })))
    .onConflict((oc) => oc.column('bilan_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/** Schedules with something to do today (a warning or the destruction), by bilan id after `afterId`. */
export function listSchedulesWithWork(db: Trx, today: string, afterId: string, limit: number) {
  return db
    .selectFrom('bilan_destructions')
    .select('bilan_id')
    .where('destroyed_at', 'is', null)
    .where('bilan_id', '>', afterId)
    .where((eb) =>
      eb.or([
        eb('end_warned_at', 'is', null),
        eb.and([eb('before_warned_at', 'is', null), eb('warn_on', '<=', today)]),
        eb('due_on', '<=', today),
      ]),
    )
    .orderBy('bilan_id')
    .limit(limit)
    .execute();
}

/**
 * The schedule with the beneficiary's address and the organisation's name, locked for this
 * transaction; skipped (undefined) when another process holds it or it was done meanwhile.
 */
export function lockPendingSchedule(trx: Trx, bilanId: string) {
  return trx
    .selectFrom('bilan_destructions as d')
    .innerJoin('bilans as b', (join) =>
      join.onRef('b.id', '=', 'd.bilan_id').onRef('b.organisation_id', '=', 'd.organisation_id'),
    )
    .innerJoin('users as u', 'u.id', 'b.beneficiary_id')
    .innerJoin('organisations as o', 'o.id', 'b.organisation_id')
    .select([
      'd.bilan_id',
      'd.organisation_id',
      'd.ended_on',
      'd.due_on',
      'd.warn_on',
      'd.end_warned_at',
      'd.before_warned_at',
      'u.email',
      'u.first_name',
      'o.name as organisation_name',
    ])
    .where('d.bilan_id', '=', bilanId)
    .where('d.destroyed_at', 'is', null)
    .forUpdate('d')
    .skipLocked()
    .executeTakeFirst();
}

export async function markSchedule(
  trx: Trx,
  bilanId: string,
  set: { end_warned_at?: Date; before_warned_at?: Date; destroyed_at?: Date },
): Promise<void> {
  await trx.updateTable('bilan_destructions').set(set).where('bilan_id', '=', bilanId).execute();
}

export function readSchedule(db: Trx, organisationId: string, bilanId: string) {
  return db
    .selectFrom('bilan_destructions')
    .select(['ended_on', 'due_on', 'warn_on', 'end_warned_at', 'before_warned_at', 'destroyed_at'])
    .where('bilan_id', '=', bilanId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

/** The schedule of a bilan destroyed now (erasure): created when missing, marked destroyed. */
export async function markDestroyedNow(trx: Trx, bilanId: string, now: Date): Promise<void> {
  await trx
    .updateTable('bilan_destructions')
    .set({ destroyed_at: now })
    .where('bilan_id', '=', bilanId)
    .where('destroyed_at', 'is', null)
    .execute();
}

export interface CertificateInput {
  organisationId: string;
  bilanId: string;
  reason: DestructionReason;
  destroyedAt: Date;
  destroyedOn: string;
  backupsGoneOn: string;
  categories: CertificateLine[];
  keptItems: KeepableItem[];
  keptUntil: string | null;
}

export async function insertCertificate(trx: Trx, input: CertificateInput): Promise<string> {
  const row = await trx
    .insertInto('destruction_certificates')
    .values({
      organisation_id: input.organisationId,
      bilan_id: input.bilanId,
      reason: input.reason,
      destroyed_at: input.destroyedAt,
      destroyed_on: input.destroyedOn,
      backups_gone_on: input.backupsGoneOn,
      categories: JSON.stringify(input.categories),
      kept_items: input.keptItems,
      kept_until: input.keptUntil,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function listCertificates(db: Trx, organisationId: string, bilanId: string) {
  return db
    .selectFrom('destruction_certificates')
    .select(['id', 'reason', 'destroyed_at', 'destroyed_on', 'backups_gone_on', 'categories', 'kept_items', 'kept_until'])
    .where('bilan_id', '=', bilanId)
    .where('organisation_id', '=', organisationId)
    .orderBy('destroyed_at')
    .orderBy('id')
    .execute();
}
