/**
 * The signature_links table: the employer's single-use, expiring links to sign a convention
 * (only the token's SHA-256 is stored).
 */
import type { Insertable } from 'kysely';
import type { Database } from '../../platform/db/database.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { sql } from 'kysely';

export async function insertSignatureLink(db: Trx, values: Insertable<Database['signature_links']>): Promise<void> {
  await db.insertInto('signature_links').values(values).execute();
}

/** The link with its document, beneficiary, organisation, employer contact and whether the employer signed; locked when asked. */
export function findSignatureLink(db: Trx, tokenHash: Buffer, forUpdate: boolean) {
  let query = db
    .selectFrom('signature_links as l')
    .innerJoin('bilan_documents as d', 'd.id', 'l.document_id')
    .innerJoin('bilans as b', 'b.id', 'd.bilan_id')
    .innerJoin('users as u', 'u.id', 'b.beneficiary_id')
    .innerJoin('organisations as o', 'o.id', 'l.organisation_id')
    .leftJoin('bilan_financings as f', 'f.bilan_id', 'b.id')
    .select([
      'l.id as link_id',
      'l.expires_at',
      'l.used_at',
      'l.revoked_at',
      'l.email',
      'l.organisation_id',
      'd.id',
      'd.kind',
      'd.sha256',
      'd.superseded_at',
      'd.signers',
      'd.bilan_id',
      'd.pdf',
      'u.first_name',
      'u.last_name',
      'o.name as organisation_name',
      'f.employer_contact_name',
      'b.phase',
      // Signed for the employer already (in person, decision 037, or through another link).
      sql<boolean>`EXISTS (SELECT 1 FROM document_signatures s WHERE s.document_id = d.id AND s.signer_role = 'employer')`.as(
        'employer_signed',
      ),
    ])
    .where('l.token_hash', '=', tokenHash);
  if (forUpdate) query = query.forUpdate('l');
  return query.executeTakeFirst();
}

export async function markSignatureLinkUsed(db: Trx, linkId: string, now: Date): Promise<void> {
  await db.updateTable('signature_links').set({ used_at: now }).where('id', '=', linkId).execute();
}

/** Revokes the document's links still unused: a new link replaces them (« Renvoyer »). */
export async function revokeOpenSignatureLinks(db: Trx, documentId: string, now: Date): Promise<void> {
  await db
    .updateTable('signature_links')
    .set({ revoked_at: now })
    .where('document_id', '=', documentId)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
}

/** The latest link sent for each of these documents (to show the consultant where it stands). */
export function latestSignatureLinks(db: Trx, documentIds: string[]) {
  return db
    .selectFrom('signature_links')
    .distinctOn('document_id')
    .select(['document_id', 'email', 'created_at', 'expires_at', 'used_at'])
    .where('document_id', 'in', documentIds)
    .orderBy('document_id')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** The e-mail addresses of the document's links that were used to sign. */
export function listUsedSignatureLinks(db: Trx, documentId: string) {
  return db
    .selectFrom('signature_links')
    .select(['email', 'used_at'])
    .where('document_id', '=', documentId)
    .where('used_at', 'is not', null)
    .execute();
}
