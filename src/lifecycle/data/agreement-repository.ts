/**
 * The retention_agreements table (decision 046): the beneficiary's signed agreements to keep named
 * items after the end, until a date; withdrawn at any time; ended once their items went.
 */
import type { Trx } from '../../platform/db/kysely.ts';
import type { KeepableItem, RetentionPurpose } from '../domain/registry.ts';

export interface AgreementInput {
  organisationId: string;
  bilanId: string;
  purpose: RetentionPurpose;
  items: KeepableItem[];
  expiresOn: string;
  consentText: string;
  signerUserId: string;
  signedName: string;
  ip: string | null;
  userAgent: string | null;
}

export async function insertAgreement(trx: Trx, input: AgreementInput, now: Date): Promise<string> {
  const row = await trx
    .insertInto('retention_agreements')
    .values({
      organisation_id: input.organisationId,
      bilan_id: input.bilanId,
      purpose: input.purpose,
      items: input.items,
      expires_on: input.expiresOn,
      consent_text: input.consentText,
      signer_user_id: input.signerUserId,
      signed_name: input.signedName,
      signed_at: now,
      ip: input.ip,
      user_agent: input.userAgent,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const COLUMNS = [
  'id',
  'purpose',
  'items',
  'expires_on',
  'signed_name',
  'signed_at',
  'withdrawn_at',
  'ended_at',
] as const;

export function listAgreements(db: Trx, organisationId: string, bilanId: string) {
  return db
    .selectFrom('retention_agreements')
    .select(COLUMNS)
    .where('bilan_id', '=', bilanId)
    .where('organisation_id', '=', organisationId)
    .orderBy('signed_at')
    .orderBy('id')
    .execute();
}

/** The agreement of the bilan, locked (undefined if the bilan has no such agreement). */
export function lockAgreement(trx: Trx, organisationId: string, bilanId: string, agreementId: string) {
  return trx
    .selectFrom('retention_agreements')
    .select(COLUMNS)
    .where('id', '=', agreementId)
    .where('bilan_id', '=', bilanId)
    .where('organisation_id', '=', organisationId)
    .forUpdate()
    .executeTakeFirst();
}

export async function markWithdrawn(trx: Trx, agreementId: string, now: Date): Promise<void> {
  await trx.updateTable('retention_agreements').set({ withdrawn_at: now }).where('id', '=', agreementId).execute();
}

export async function markEnded(trx: Trx, agreementIds: string[], now: Date): Promise<void> {
  if (agreementIds.length === 0) return;
  await trx.updateTable('retention_agreements').set({ ended_at: now }).where('id', 'in', agreementIds).execute();
}

/**
 * Bilans whose content was destroyed at the end and that hold an agreement to end today (expired
 * before today, or withdrawn), by bilan id after `afterId`.
 */
export function listBilansWithAgreementsToEnd(db: Trx, today: string, afterId: string, limit: number) {
  return db
    .selectFrom('retention_agreements as a')
    .innerJoin('bilan_destructions as d', 'd.bilan_id', 'a.bilan_id')
    .select(['a.bilan_id', 'a.organisation_id'])
    .distinct()
    .where('d.destroyed_at', 'is not', null)
    .where('a.ended_at', 'is', null)
    .where((eb) => eb.or([eb('a.withdrawn_at', 'is not', null), eb('a.expires_on', '<', today)]))
    .where('a.bilan_id', '>', afterId)
    .orderBy('a.bilan_id')
    .limit(limit)
    .execute();
}

/** Every agreement of the bilan not yet ended, locked for this transaction. */
export function lockUnendedAgreements(trx: Trx, organisationId: string, bilanId: string) {
  return trx
    .selectFrom('retention_agreements')
    .select(COLUMNS)
    .where('bilan_id', '=', bilanId)
    .where('organisation_id', '=', organisationId)
    .where('ended_at', 'is', null)
    .orderBy('id')
    .forUpdate()
    .execute();
}
