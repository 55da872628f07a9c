/**
 * The bilan_documents table: the stored versions of each document (the exact PDF, its SHA-256
 * and the data it was rendered from), the current one of each kind, and a document within an
 * actor's reach.
 */
import { createHash } from 'node:crypto';
import type { Trx } from '../../platform/db/kysely.ts';
import type { Actor } from '../../platform/deps.ts';
import { notFound } from '../../platform/authorize.ts';
import { lockBilan } from '../../bilans/data/bilan-access.ts';
import { DOCUMENT_SIGNERS, type DocumentKindCode } from '../domain/builders.ts';
import type { PdfDocument } from '../domain/model.ts';

export async function nextVersion(db: Trx, bilanId: string, kind: DocumentKindCode): Promise<number> {
  const last = await db
    .selectFrom('bilan_documents')
    .select('version')
    .where('bilan_id', '=', bilanId)
    .where('kind', '=', kind)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return (last?.version ?? 0) + 1;
}

/**
 * Stores a new version of a document: the exact PDF rendered from `document`, its SHA-256 and its
 * expected signers; the previous current one of its kind is superseded.
 */
export async function storeDocumentVersion(
  db: Trx,
  input: {
    organisationId: string;
    bilanId: string;
    kind: DocumentKindCode;
    version: number;
    document: PdfDocument;
    pdf: Buffer;
    createdBy: string | null;
  },
  now: Date,
): Promise<{ id: string; sha256: string }> {
  const hash = createHash('sha256').update(input.pdf).digest('hex');
  await db
    .updateTable('bilan_documents')
    .set({ superseded_at: now })
    .where('bilan_id', '=', input.bilanId)
    .where('kind', '=', input.kind)
    .where('superseded_at', 'is', null)
    .execute();
  const row = await db
    .insertInto('bilan_documents')
    .values({
      organisation_id: input.organisationId,
      bilan_id: input.bilanId,
      kind: input.kind,
      version: input.version,
      render_data: JSON.stringify(input.document),
      pdf: input.pdf,
      sha256: hash,
      signers: DOCUMENT_SIGNERS[input.kind],
      created_at: now,
      created_by: input.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, sha256: hash };
}

/** The bilan's documents, newest first (without their PDF). */
export function listBilanDocuments(db: Trx, bilanId: string) {
  return db
    .selectFrom('bilan_documents')
    .select(['id', 'kind', 'version', 'sha256', 'created_at', 'superseded_at', 'signers'])
    .where('bilan_id', '=', bilanId)
    .orderBy('created_at', 'desc')
    .orderBy('version', 'desc')
    .execute();
}

/** The current (not superseded) document of a kind, if any. */
export function findCurrentDocument(db: Trx, bilanId: string, kind: DocumentKindCode) {
  return db
    .selectFrom('bilan_documents')
    .select(['id', 'signers', 'created_at'])
    .where('bilan_id', '=', bilanId)
    .where('kind', '=', kind)
    .where('superseded_at', 'is', null)
    .executeTakeFirst();
}

/** The document and its bilan (locked), if the actor is the consultant or beneficiary of its bilan. */
export async function lockReachableDocument(trx: Trx, actor: Actor, documentId: string) {
  const doc = await trx
    .selectFrom('bilan_documents')
    .selectAll()
    .where('id', '=', documentId)
    .where('organisation_id', '=', actor.organisationId)
    .executeTakeFirst();
  if (!doc) notFound();
  const bilan = await lockBilan(trx, actor, doc.bilan_id, 'either');
  return { doc, bilan };
}
