/**
 * Whether Sillage is installed: an installation starts empty and its first set-up creates the
 * first organisation.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/database.ts';

/** Whether any organisation exists. */
export async function anyOrganisationExists(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}
