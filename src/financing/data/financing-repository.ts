/**
 * The bilan_financings table: the financing record of each bilan (created with its type's initial
 * status on first read), its changes, and the records the deadline sweep claims.
 */
import type { Insertable, Updateable } from 'kysely';
import type { Database } from '../../platform/db/database.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import type { Actor } from '../../platform/deps.ts';
import { OPEN_PHASES } from '../../bilans/domain/phases.ts';
import { lockBilan } from '../../bilans/data/bilan-access.ts';
import { readBilanFinancing } from '../../bilans/data/bilan-repository.ts';
import { FINANCING_TYPES, financingType, type Financing } from '../domain/catalog.ts';

/** The bilan's financing record, created with the type's initial status on first read. */
export async function loadFinancing(db: Trx, bilan: { id: string; organisation_id: string; financing: Financing }) {
  const existing = await db
    .selectFrom('bilan_financings')
    .selectAll()
    .where('bilan_id', '=', bilan.id)
    .executeTakeFirst();
  if (existing) return existing;
  await db
    .insertInto('bilan_financings')
    .values({
      bilan_id: bilan.id,
      organisation_id: bilan.organisation_id,
      status: FINANCING_TYPES[financingType(bilan.financing)].initialStatus,
    })
    .onConflict((oc) => oc.column('bilan_id').doNothing())
    .execute();
  return db.selectFrom('bilan_financings').selectAll().where('bilan_id', '=', bilan.id).executeTakeFirstOrThrow();
}

/** A bilan's first financing record, written with what is already known (the offer chosen at intake). */
export async function insertFinancing(db: Trx, values: Insertable<Database['bilan_financings']>): Promise<void> {
  await db.insertInto('bilan_financings').values(values).execute();
}

export type FinancingRow = Awaited<ReturnType<typeof loadFinancing>>;

/** The financing record, if the bilan has one yet (never created here). */
export function findFinancing(db: Trx, bilanId: string) {
  return db.selectFrom('bilan_financings').selectAll().where('bilan_id', '=', bilanId).executeTakeFirst();
}

export async function updateFinancing(
  db: Trx,
  bilanId: string,
  set: Updateable<Database['bilan_financings']>,
): Promise<void> {
  await db.updateTable('bilan_financings').set(set).where('bilan_id', '=', bilanId).execute();
}

/** The bilan (locked) with what its financing needs, if the actor is its consultant. */
export async function lockBilanForFinancing(trx: Trx, actor: Actor, bilanId: string) {
  const locked = await lockBilan(trx, actor, bilanId, 'consultant');
  const extra = await readBilanFinancing(trx, bilanId);
  return {
    ...locked,
    financing: extra.financing,
    planned_accompaniment_minutes: extra.planned_accompaniment_minutes,
    provider_siret: extra.provider_siret,
  };
}

/** The validation date of a CPF bilan's order, when it is known. */
export async function findCpfValidatedOn(db: Trx, bilanId: string): Promise<string | null> {
  const cpf = await db
    .selectFrom('bilan_financings as f')
    .innerJoin('bilans as b', 'b.id', 'f.bilan_id')
    .select('f.cpf_validated_on')
    .where('b.id', '=', bilanId)
    .where('b.financing', '=', 'cpf')
    .executeTakeFirst();
  return cpf?.cpf_validated_on ?? null;
}

/** Open employer-plan bilans whose convention awaits the employee; claimed (SKIP LOCKED). */
export function claimConventionsAwaitingEmployee(trx: Trx) {
  return trx
    .selectFrom('bilan_financings as f')
    .innerJoin('bilans as b', 'b.id', 'f.bilan_id')
    .innerJoin('users as u', 'u.id', 'b.beneficiary_id')
    .innerJoin('users as c', 'c.id', 'b.consultant_id')
    .select([
      'f.bilan_id',
      'f.organisation_id',
      'f.convention_sent_on',
      'u.first_name',
      'u.last_name',
      'c.first_name as c_first',
      'c.email as c_email',
    ])
    .where('b.financing', '=', 'employer_plan')
    .where('b.phase', 'in', OPEN_PHASES)
    .where('f.status', '=', 'sent_to_employee')
    .where('f.convention_sent_on', 'is not', null)
    .forUpdate('f')
    .skipLocked()
    .execute();
}

/** Self-funded bilans whose contract is signed (withdrawal period maybe running); claimed (SKIP LOCKED). */
export function claimSignedSelfFundedContracts(trx: Trx) {
  return trx
    .selectFrom('bilan_financings as f')
    .innerJoin('bilans as b', 'b.id', 'f.bilan_id')
    .select(['f.bilan_id', 'f.organisation_id'])
    .where('b.financing', '=', 'self_funded')
    .where('f.status', '=', 'contract_signed')
    .forUpdate('f')
    .skipLocked()
    .execute();
}
