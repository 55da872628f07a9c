/** Reads of the bilan's documents that its checklist needs. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/database.ts';

/** The current tripartite convention's signers and how many have signed it (decision 015), if any. */
export function currentConventionSignatures(db: Kysely<Database>, bilanId: string) {
  return db
    .selectFrom('bilan_documents as d')
    .select([
      'd.signers',
      sql<number>`(SELECT count(*)::int FROM document_signatures s WHERE s.document_id = d.id)`.as('signed'),
    ])
    .where('d.bilan_id', '=', bilanId)
    .where('d.kind', '=', 'convention_tripartite')
    .where('d.superseded_at', 'is', null)
    .executeTakeFirst();
}
