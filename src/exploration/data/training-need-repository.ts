/** The training needs of a piste: find, insert, update, delete. */
import type { Trx } from '../../platform/db/kysely.ts';
import type { FundingRoute } from '../domain/model.ts';
import { changedColumns, createdColumns } from './tracked-rows.ts';

export interface TrainingNeedFields {
  pisteId: string;
  codeOgr: string | null;
  content: string;
  duration: string | null;
  certification: string | null;
  funding: FundingRoute | null;
}

const columnsOf = (f: TrainingNeedFields) => ({
  piste_id: f.pisteId,
  code_ogr: f.codeOgr,
  content: f.content,
  duration: f.duration,
  certification: f.certification,
  funding: f.funding,
});

/** The training need of this bilan, locked for the transaction, or undefined. */
export function findTrainingNeed(trx: Trx, bilanId: string, id: string) {
  return trx
    .selectFrom('exploration_training_needs')
    .select(['id', 'revision', 'piste_id'])
    .where('id', '=', id)
    .where('bilan_id', '=', bilanId)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertTrainingNeed(
  trx: Trx,
  row: { id?: string | undefined; organisationId: string; bilanId: string; by: string; now: Date; fields: TrainingNeedFields },
): Promise<string | undefined> {
  const inserted = await trx
    .insertInto('exploration_training_needs')
    .values({
      ...(row.id ? { id: row.id } : {}),
      ...(await createdColumns(trx, 'exploration_training_needs', row)),
      ...columnsOf(row.fields),
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

export async function updateTrainingNeed(
  trx: Trx,
  id: string,
  change: { by: string; now: Date; fields: TrainingNeedFields },
) {
  await trx
    .updateTable('exploration_training_needs')
    .set({ ...columnsOf(change.fields), ...changedColumns(change) })
    .where('id', '=', id)
    .execute();
}

export async function deleteTrainingNeed(trx: Trx, id: string) {
  await trx.deleteFrom('exploration_training_needs').where('id', '=', id).execute();
}
