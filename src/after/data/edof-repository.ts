/** The edof_declarations table: each CPF declaration to make on EDOF, its deadline, and when it was made. */
import type { Trx } from '../../platform/db/kysely.ts';
import type { EdofDeclarationKind } from '../../platform/db/column-types.ts';

/** The bilan's declaration of `kind`, locked for the transaction, if expected. */
export function lockEdofDeclaration(db: Trx, bilanId: string, kind: EdofDeclarationKind) {
  return db
    .selectFrom('edof_declarations')
    .select(['event_on', 'declared_on'])
    .where('bilan_id', '=', bilanId)
    .where('kind', '=', kind)
    .forUpdate()
    .executeTakeFirst();
}

export async function setEdofDeclared(
  db: Trx,
  bilanId: string,
  kind: EdofDeclarationKind,
  declared: { on: string; by: string },
  now: Date,
): Promise<void> {
  await db
    .updateTable('edof_declarations')
    .set({ declared_on: declared.on, declared_by: declared.by, declared_at: now })
    .where('bilan_id', '=', bilanId)
    .where('kind', '=', kind)
    .execute();
}

/** The bilan's declarations, by kind. */
export function listBilanEdof(db: Trx, bilanId: string) {
  return db.selectFrom('edof_declarations').selectAll().where('bilan_id', '=', bilanId).orderBy('kind').execute();
}

/** Writes down a declaration to make (reminded now); false when it was already written down. */
export async function insertEdofDeclaration(
  db: Trx,
  values: { bilan_id: string; organisation_id: string; kind: EdofDeclarationKind; event_on: string; due_on: string },
  now: Date,
): Promise<boolean> {
  const inserted = await db
    .insertInto('edof_declarations')
    .values({ ...values, reminded_at: now })
    .onConflict((oc) => oc.columns(['bilan_id', 'kind']).doNothing())
    .returning('kind')
    .executeTakeFirst();
  return Boolean(inserted);
}
