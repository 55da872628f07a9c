/** Signatures of the charter of mutual commitments (charter_signatures). */
import type { Insertable, Kysely } from 'kysely';
import type { CharterSignatures, Database } from '../../platform/db/database.ts';

/** The bilan's signatures of this version of the charter, oldest first. */
export function charterSignatures(db: Kysely<Database>, bilanId: string, version: string) {
  return db
    .selectFrom('charter_signatures')
    .select(['signer_role', 'signed_name', 'signed_at'])
    .where('bilan_id', '=', bilanId)
    .where('charter_version', '=', version)
    .orderBy('signed_at')
    .execute();
}

/** Records a signature; false when this role already signed this version for the bilan. */
export async function insertCharterSignature(
  db: Kysely<Database>,
  values: Insertable<CharterSignatures>,
): Promise<boolean> {
  const inserted = await db
    .insertInto('charter_signatures')
    .values(values)
    .onConflict((oc) => oc.columns(['bilan_id', 'signer_role', 'charter_version']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}
