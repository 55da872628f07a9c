/** The worksheet_library table: each consultant's own worksheets (copies of a model, edited). */
import type { Trx } from '../../platform/db/kysely.ts';

const COLUMNS = ['id', 'questionnaire_id', 'version', 'based_on', 'definition', 'updated_at'] as const;

/** The owner's worksheets, last updated first. */
export function listOwnWorksheets(db: Trx, owner: { organisationId: string; userId: string }) {
  return db
    .selectFrom('worksheet_library')
    .select(COLUMNS)
    .where('organisation_id', '=', owner.organisationId)
    .where('owner_id', '=', owner.userId)
    .orderBy('updated_at', 'desc')
    .execute();
}

/** One of the owner's worksheets (locked for the transaction when `lock`), if it is theirs. */
export function findOwnWorksheet(
  db: Trx,
  owner: { organisationId: string; userId: string },
  id: string,
  lock = false,
) {
  let query = db
    .selectFrom('worksheet_library')
    .select(COLUMNS)
    .where('id', '=', id)
    .where('organisation_id', '=', owner.organisationId)
    .where('owner_id', '=', owner.userId);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function insertWorksheet(
  db: Trx,
  values: {
    organisation_id: string;
    owner_id: string;
    questionnaire_id: string;
    version: number;
    based_on: string;
    definition: string;
    created_at: Date;
    updated_at: Date;
  },
): Promise<string> {
  const row = await db.insertInto('worksheet_library').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function saveWorksheetVersion(
  db: Trx,
  id: string,
  version: number,
  definition: object,
  at: Date,
): Promise<void> {
  await db
    .updateTable('worksheet_library')
    .set({ version, definition: JSON.stringify(definition), updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function deleteWorksheet(db: Trx, id: string): Promise<void> {
  await db.deleteFrom('worksheet_library').where('id', '=', id).execute();
}
