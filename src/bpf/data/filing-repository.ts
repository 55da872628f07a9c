/** The BPF's own tables: filings, consultants' external status per year, reminders sent. */
import type { Trx } from '../../platform/db/kysely.ts';

export function readFiling(db: Trx, organisationId: string, year: number) {
  return db
    .selectFrom('bpf_filings')
    .select(['filed_on', 'recorded_at'])
    .where('organisation_id', '=', organisationId)
    .where('year', '=', year)
    .executeTakeFirst();
}

export function listFiledYears(db: Trx, organisationId: string) {
  return db.selectFrom('bpf_filings').select('year').where('organisation_id', '=', organisationId).execute();
}

/** Records or corrects the filing date; answers the previous one. */
export async function upsertFiling(
  db: Trx,
  values: { organisationId: string; year: number; filedOn: string; recordedBy: string },
  now: Date,
): Promise<string | null> {
  const previous = await db
    .selectFrom('bpf_filings')
    .select('filed_on')
    .where('organisation_id', '=', values.organisationId)
    .where('year', '=', values.year)
    .forUpdate()
    .executeTakeFirst();
  await db
    .insertInto('bpf_filings')
    .values({
      organisation_id: values.organisationId,
      year: values.year,
      filed_on: values.filedOn,
      recorded_by: values.recordedBy,
      recorded_at: now,
    })
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'year']).doUpdateSet({
        filed_on: values.filedOn,
        recorded_by: values.recordedBy,
        recorded_at: now,
      }),
    )
    .execute();
  return previous?.filed_on ?? null;
}

/** Sets a consultant's status for the year; answers whether it changed. */
export async function setExternal(
  db: Trx,
  values: { organisationId: string; year: number; consultantId: string; external: boolean; recordedBy: string },
  now: Date,
): Promise<boolean> {
  if (values.external) {
    const inserted = await db
      .insertInto('bpf_external_consultants')
      .values({
        organisation_id: values.organisationId,
        year: values.year,
        consultant_id: values.consultantId,
        recorded_by: values.recordedBy,
        recorded_at: now,
      })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
  }
  const deleted = await db
    .deleteFrom('bpf_external_consultants')
    .where('organisation_id', '=', values.organisationId)
    .where('year', '=', values.year)
    .where('consultant_id', '=', values.consultantId)
    .executeTakeFirst();
  return Number(deleted.numDeletedRows) > 0;
}

/** Claims a reminder stage for an organisation's year: true when this call claimed it. */
export async function claimReminder(
  db: Trx,
  values: { organisationId: string; year: number; stage: 'april' | 'may' },
  now: Date,
): Promise<boolean> {
  const row = await db
    .insertInto('bpf_reminders')
    .values({ organisation_id: values.organisationId, year: values.year, stage: values.stage, sent_at: now })
    .onConflict((oc) => oc.doNothing())
    .returning('stage')
    .executeTakeFirst();
  return row !== undefined;
}
