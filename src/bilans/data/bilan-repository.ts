/** The bilans table and its history of phase changes. */
import type { Insertable, Kysely } from 'kysely';
import type { Bilans, Database } from '../../platform/db/database.ts';
import { OPEN_PHASES, type Phase, ENDED_PHASES } from '../domain/phases.ts';
import { sql } from 'kysely';
import type { Trx } from '../../platform/db/kysely.ts';

/** The beneficiary's open bilan, if any. */
export function findOpenBilanOf(db: Kysely<Database>, beneficiaryId: string) {
  return db
    .selectFrom('bilans')
    .select('id')
    .where('beneficiary_id', '=', beneficiaryId)
    .where('phase', 'in', OPEN_PHASES)
    .executeTakeFirst();
}

export async function insertBilanRow(db: Kysely<Database>, values: Insertable<Bilans>): Promise<string> {
  const row = await db.insertInto('bilans').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** What the bilan's checklist is computed from. */
export function readChecklistSubject(db: Kysely<Database>, bilanId: string) {
  return db
    .selectFrom('bilans')
    .select(['id', 'phase', 'financing', 'created_at', 'accompaniment_done_minutes'])
    .where('id', '=', bilanId)
    .executeTakeFirstOrThrow();
}

/** Moves the bilan to a phase (an abandonment keeps its reason). */
export async function setBilanPhase(
  db: Kysely<Database>,
  bilanId: string,
  to: Phase,
  now: Date,
  abandonReason: string | null,
): Promise<void> {
  await db
    .updateTable('bilans')
    .set({ phase: to, phase_changed_at: now, ...(to === 'abandonne' ? { abandon_reason: abandonReason } : {}) })
    .where('id', '=', bilanId)
    .execute();
}

export async function insertPhaseChange(
  db: Kysely<Database>,
  change: {
    bilanId: string;
    organisationId: string;
    from: Phase;
    to: Phase;
    by: string;
    at: Date;
    reason: string | null;
  },
): Promise<void> {
  await db
    .insertInto('bilan_phase_changes')
    .values({
      bilan_id: change.bilanId,
      organisation_id: change.organisationId,
      from_phase: change.from,
      to_phase: change.to,
      changed_by: change.by,
      changed_at: change.at,
      reason: change.reason,
    })
    .execute();
}

/** The bilan's phase changes, oldest first, with who made them. */
export function phaseHistory(db: Kysely<Database>, bilanId: string) {
  return db
    .selectFrom('bilan_phase_changes as h')
    .innerJoin('users as u', 'u.id', 'h.changed_by')
    .select(['h.from_phase', 'h.to_phase', 'h.changed_at', 'h.reason', 'u.first_name', 'u.last_name'])
    .where('h.bilan_id', '=', bilanId)
    .orderBy('h.id', 'asc')
    .execute();
}

/** Ended bilans (clôturés or abandonnés) with their beneficiary's e-mail and their organisation. */
export function endedBilans(trx: Trx) {
  return trx
    .selectFrom('bilans as b')
    .innerJoin('users as u', 'u.id', 'b.beneficiary_id')
    .innerJoin('organisations as o', 'o.id', 'b.organisation_id')
    .select([
      'b.id',
      'b.organisation_id',
      'b.phase',
      'b.phase_changed_at',
      'u.email',
      'u.first_name',
      'o.name as organisation_name',
      'o.follow_up_months',
    ])
    .where('b.phase', 'in', ENDED_PHASES);
}

/** CPF-financed bilans with their beneficiary's name and their consultant's e-mail and first name. */
export function cpfBilans(trx: Trx) {
  return trx
    .selectFrom('bilans as b')
    .innerJoin('users as u', 'u.id', 'b.beneficiary_id')
    .innerJoin('users as c', 'c.id', 'b.consultant_id')
    .select([
      'b.id',
      'b.organisation_id',
      'b.phase',
      'b.phase_changed_at',
      'u.first_name',
      'u.last_name',
      'c.email as c_email',
      'c.first_name as c_first',
    ])
    .where('b.financing', '=', 'cpf');
}

/** The organisation's bilans that ended between two days (in Paris), with their hours. */
export function listBilansEndedBetween(db: Trx, organisationId: string, from: string, to: string) {
  return db
    .selectFrom('bilans as b')
    .select(['b.phase', 'b.accompaniment_done_minutes', 'b.planned_accompaniment_minutes'])
    .where('b.organisation_id', '=', organisationId)
    .where('b.phase', 'in', ENDED_PHASES)
    .where(sql<boolean>`(timezone('Europe/Paris', b.phase_changed_at))::date BETWEEN ${from}::date AND ${to}::date`)
    .execute();
}

/** The bilan with its beneficiary, consultant and organisation profile, as documents need them. */
export function readBilanFacts(db: Trx, bilanId: string) {
  return db
    .selectFrom('bilans as b')
    .innerJoin('users as u', 'u.id', 'b.beneficiary_id')
    .innerJoin('users as c', 'c.id', 'b.consultant_id')
    .innerJoin('organisations as o', 'o.id', 'b.organisation_id')
    .select([
      'b.id',
      'b.organisation_id',
      'b.financing',
      'b.phase',
      'b.planned_accompaniment_minutes',
      'b.accompaniment_done_minutes',
      'b.personal_work_done_minutes',
      'b.abandon_reason',
      'b.phase_changed_at',
      'b.created_at',
      'u.first_name as b_first',
      'u.last_name as b_last',
      'u.email as b_email',
      'c.first_name as c_first',
      'c.last_name as c_last',
      'o.name',
      'o.legal_name',
      'o.siret',
      'o.address',
      'o.postal_code',
      'o.city',
      'o.phone',
      'o.contact_email',
      'o.nda_number',
      'o.qualiopi_certificate_number',
    ])
    .where('b.id', '=', bilanId)
    .executeTakeFirstOrThrow();
}

/** The bilan's financing type, phase, planned hours and its organisation's SIRET. */
export function readBilanFinancing(db: Trx, bilanId: string) {
  return db
    .selectFrom('bilans as b')
    .innerJoin('organisations as o', 'o.id', 'b.organisation_id')
    .select(['b.financing', 'b.phase', 'b.planned_accompaniment_minutes', 'o.siret as provider_siret'])
    .where('b.id', '=', bilanId)
    .executeTakeFirstOrThrow();
}

/** Stores the hours counters recomputed from the bilan's séances. */
export async function updateBilanCounters(
  db: Trx,
  bilanId: string,
  counters: {
    accompanimentDoneMinutes: number;
    personalWorkDoneMinutes: number;
    noShowCount: number;
    lastHeldSeanceAt: Date | null;
  },
): Promise<void> {
  await db
    .updateTable('bilans')
    .set({
      accompaniment_done_minutes: counters.accompanimentDoneMinutes,
      personal_work_done_minutes: counters.personalWorkDoneMinutes,
      no_show_count: counters.noShowCount,
      last_held_seance_at: counters.lastHeldSeanceAt,
    })
    .where('id', '=', bilanId)
    .execute();
}

/** Whether the beneficiary has a bilan still running (neither clôturé nor abandonné). */
export async function hasOpenBilan(db: Trx, beneficiaryId: string): Promise<boolean> {
  const row = await db
    .selectFrom('bilans')
    .select('id')
    .where('beneficiary_id', '=', beneficiaryId)
    .where('phase', 'in', OPEN_PHASES)
    .limit(1)
    .executeTakeFirst();
  return Boolean(row);
}

/**
 * The bilan's beneficiary category (BPF frame F-1, decision 051) for an admin of its organisation
 * or its consultant (`consultantId`), locked for a change; undefined when out of reach.
 */
export function lockBilanCategory(db: Trx, organisationId: string, bilanId: string, consultantId: string | null) {
  let query = db
    .selectFrom('bilans')
    .select(['id', 'financing', 'beneficiary_category'])
    .where('id', '=', bilanId)
    .where('organisation_id', '=', organisationId);
  if (consultantId !== null) query = query.where('consultant_id', '=', consultantId);
  return query.forUpdate().executeTakeFirst();
}

export async function setBilanCategory(db: Trx, bilanId: string, category: NonNullable<Bilans['beneficiary_category']>) {
  await db.updateTable('bilans').set({ beneficiary_category: category }).where('id', '=', bilanId).execute();
}
