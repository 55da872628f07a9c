/**
 * The shares and share_accesses tables (decision 045). A share is the beneficiary's: the use cases
 * reach it through its bilan's beneficiary; a recipient reaches it only by its link's or its
 * visit's token (their SHA-256: the tokens themselves are never stored).
 */
import type { Trx } from '../../platform/db/kysely.ts';
import type { AuditContext, Deps } from '../../platform/deps.ts';
import type { RecipientKind, SharedDocument } from '../contracts/schemas.ts';

export function countShares(db: Trx, bilanId: string): Promise<number> {
  return db
    .selectFrom('shares')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('bilan_id', '=', bilanId)
    .executeTakeFirstOrThrow()
    .then((row) => Number(row.n));
}

export async function insertShare(
  db: Trx,
  values: {
    organisation_id: string;
    bilan_id: string;
    recipient_name: string;
    recipient_email: string;
    recipient_kind: RecipientKind;
    documents: SharedDocument[];
    expires_at: Date;
    consent_text: string;
    token_hash: Buffer;
    created_by: string;
    created_at: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('shares')
    .values({ ...values, link_sent_at: values.created_at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const SHARE_COLUMNS = [
  's.id',
  's.organisation_id',
  's.bilan_id',
  's.recipient_name',
  's.recipient_email',
  's.recipient_kind',
  's.documents',
  's.expires_at',
  's.consent_text',
  's.link_sent_at',
  's.opened_at',
  's.visit_expires_at',
  's.created_at',
  's.revoked_at',
] as const;

/** The shares of a bilan, newest first, with every access (oldest first). */
export async function listShares(db: Trx, organisationId: string, bilanId: string) {
  const shares = await db
    .selectFrom('shares as s')
    .select(SHARE_COLUMNS)
    .where('s.organisation_id', '=', organisationId)
    .where('s.bilan_id', '=', bilanId)
    .orderBy('s.created_at', 'desc')
    .orderBy('s.id')
    .execute();
  const accesses =
    shares.length === 0
      ? []
      : await db
          .selectFrom('share_accesses')
          .select(['share_id', 'kind', 'document', 'at'])
          .where(
            'share_id',
            'in',
            shares.map((s) => s.id),
          )
          .orderBy('at')
          .orderBy('id')
          .execute();
  // At the same instant an opening comes before the downloads of its visit.
  const order = (a: { at: Date; kind: string }, b: { at: Date; kind: string }) =>
    a.at.getTime() - b.at.getTime() || Number(b.kind === 'opened') - Number(a.kind === 'opened');
  return shares.map((share) => ({
    ...share,
    accesses: accesses.filter((a) => a.share_id === share.id).sort(order),
  }));
}

/** A share of one of the beneficiary's bilans, locked for the transaction. */
export function lockOwnShare(db: Trx, organisationId: string, beneficiaryId: string, shareId: string) {
  return db
    .selectFrom('shares as s')
    .innerJoin('bilans as b', (join) =>
      join.onRef('b.id', '=', 's.bilan_id').onRef('b.organisation_id', '=', 's.organisation_id'),
    )
    .select(SHARE_COLUMNS)
    .where('s.id', '=', shareId)
    .where('s.organisation_id', '=', organisationId)
    .where('b.beneficiary_id', '=', beneficiaryId)
    .forUpdate('s')
    .executeTakeFirst();
}

/** The share a link's or a visit's token opens, with the names its page shows. */
function shareWithPeople(db: Trx) {
  return db
    .selectFrom('shares as s')
    .innerJoin('bilans as b', (join) =>
      join.onRef('b.id', '=', 's.bilan_id').onRef('b.organisation_id', '=', 's.organisation_id'),
    )
    .innerJoin('users as u', (join) =>
      join.onRef('u.id', '=', 'b.beneficiary_id').onRef('u.organisation_id', '=', 'b.organisation_id'),
    )
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .select([...SHARE_COLUMNS, 'u.first_name', 'u.last_name', 'o.name as organisation_name']);
}

export function findByLink(db: Trx, tokenHash: Buffer, lock: boolean) {
  let query = shareWithPeople(db).where('s.token_hash', '=', tokenHash);
  if (lock) query = query.forUpdate('s');
  return query.executeTakeFirst();
}

export function findByVisit(db: Trx, visitHash: Buffer, lock = false) {
  let query = shareWithPeople(db).where('s.visit_hash', '=', visitHash);
  if (lock) query = query.forUpdate('s');
  return query.executeTakeFirst();
}

/** Spends the link and starts its visit. */
export async function markOpened(db: Trx, shareId: string, at: Date, visitHash: Buffer, visitEndsAt: Date) {
  await db
    .updateTable('shares')
    .set({ opened_at: at, visit_hash: visitHash, visit_expires_at: visitEndsAt })
    .where('id', '=', shareId)
    .execute();
}

/** Revoking ends any visit too (the visit's token stays known, to tell its holder why). */
export async function markRevoked(db: Trx, shareId: string, at: Date): Promise<void> {
  await db.updateTable('shares').set({ revoked_at: at }).where('id', '=', shareId).execute();
}

/** A new link: the previous token opens nothing any more; the share can be opened once again. */
export async function replaceLink(db: Trx, shareId: string, tokenHash: Buffer, at: Date): Promise<void> {
  await db
    .updateTable('shares')
    .set({ token_hash: tokenHash, link_sent_at: at, opened_at: null, visit_hash: null, visit_expires_at: null })
    .where('id', '=', shareId)
    .execute();
}

export async function insertAccess(
  db: Trx,
  values: { organisation_id: string; share_id: string; kind: 'opened' | 'downloaded'; document: SharedDocument | null; at: Date },
): Promise<void> {
  await db.insertInto('share_accesses').values(values).execute();
}

/**
 * A recipient's attempt refused (a link used again, withdrawn or expired; a visit over): written
 * in the audit log, in the attempt's transaction, with its reason and never the token.
 */
export async function recordRefusal(
  deps: Pick<Deps, 'audit'>,
  trx: Trx,
  context: AuditContext,
  share: { id: string; bilan_id: string },
  reason: 'used' | 'expired' | 'revoked' | 'visit_over',
  now: Date,
): Promise<void> {
  await deps.audit.record(
    trx,
    context,
    { action: 'share.refused', subjectType: 'share', subjectId: share.id, bilanId: share.bilan_id, details: { reason } },
    now,
  );
}
