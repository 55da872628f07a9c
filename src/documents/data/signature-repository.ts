/** The document_signatures table: who signed which document, on which exact PDF. */
import type { Insertable } from 'kysely';
import type { Database } from '../../platform/db/database.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import type { DocumentKindCode, SignerRole } from '../domain/builders.ts';
import { sql, type Kysely } from 'kysely';

/** When a signer signed the bilan's current document of a kind, if they did. */
export async function findCurrentDocumentSignedAt(
  db: Trx,
  bilanId: string,
  kind: DocumentKindCode,
  role: SignerRole,
): Promise<Date | null> {
  const row = await db
    .selectFrom('document_signatures as s')
    .innerJoin('bilan_documents as d', 'd.id', 's.document_id')
    .select('s.signed_at')
    .where('d.bilan_id', '=', bilanId)
    .where('d.kind', '=', kind)
    .where('d.superseded_at', 'is', null)
    .where('s.signer_role', '=', role)
    .executeTakeFirst();
  return row?.signed_at ?? null;
}

/** The signatures of some documents. */
export function listDocumentSignatures(db: Trx, documentIds: string[]) {
  return db
    .selectFrom('document_signatures')
    .select(['document_id', 'signer_role', 'signed_name', 'signed_at'])
    .where('document_id', 'in', documentIds)
    .execute();
}

export async function countDocumentSignatures(db: Trx, documentId: string): Promise<number> {
  const rows = await db.selectFrom('document_signatures').select('id').where('document_id', '=', documentId).execute();
  return rows.length;
}

/** Records a signature; false when this signer had already signed the document. */
export async function insertDocumentSignature(
  db: Trx,
  values: Insertable<Database['document_signatures']>,
): Promise<boolean> {
  const inserted = await db
    .insertInto('document_signatures')
    .values(values)
    .onConflict((oc) => oc.columns(['document_id', 'signer_role']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/**
 * The signatures of a document with the account that gave it (the signer's own, or for the employer
 * signing in person the witnessing consultant's), by time, for its signature page.
 */
export function listSignaturesForPage(db: Trx, documentId: string) {
  return db
    .selectFrom('document_signatures as s')
    .leftJoin('users as u', 'u.id', 's.signer_user_id')
    .select(['s.signer_role', 's.signed_name', 's.signed_at', 's.ip', 'u.email', 'u.first_name', 'u.last_name'])
    .where('s.document_id', '=', documentId)
    .orderBy('s.signed_at')
    .execute();
}

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
