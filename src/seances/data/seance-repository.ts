/**
 * The seances table: reading a bilan's or a consultant's séances (as rows and as the domain sees
 * them), locking one for a change, writing plans, moves and outcomes, and the reads other
 * capabilities need (the certificate's attendance, the first séance of a bilan).
 */
import { sql, type Insertable, type Updateable, type Expression, type Kysely } from 'kysely';
import { toParisLocal } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import type { Actor } from '../../platform/deps.ts';
import { notFound } from '../../platform/authorize.ts';
import type { LocalDateTime } from '../../shared/calendar/local-date-time.ts';
import { lockBilan, type BilanParty } from '../../bilans/data/bilan-access.ts';
import type { Seance } from '../domain/seance.ts';

/** What a calendar invitation needs of a séance. */
const CALENDAR_COLUMNS = ['id', 'starts_at', 'ends_at', 'mode', 'place', 'link', 'calendar_sequence'] as const;

/** The séance and its bilan (locked), if the actor may act on it. */
export async function lockSeance(trx: Trx, actor: Actor, seanceId: string, as: BilanParty) {
  const row = await trx
    .selectFrom('seances')
    .select('bilan_id')
    .where('id', '=', seanceId)
    .where('organisation_id', '=', actor.organisationId)
    .executeTakeFirst();
  if (!row) notFound();
  const bilan = await lockBilan(trx, actor, row.bilan_id, as);
  const seance = await trx
    .selectFrom('seances')
    .selectAll()
    .where('id', '=', seanceId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return { bilan, seance };
}

export type SeanceRow = Awaited<ReturnType<typeof listSeanceRows>>[number];

/** The séances of a bilan or of a consultant (optionally within a time window), by start. */
export function listSeanceRows(db: Trx, filter: { bilanId?: string; consultantId?: string; from?: Date; to?: Date }) {
  let query = db.selectFrom('seances').selectAll().orderBy('starts_at');
  if (filter.bilanId) query = query.where('bilan_id', '=', filter.bilanId);
  if (filter.consultantId) query = query.where('consultant_id', '=', filter.consultantId);
  if (filter.from) query = query.where('ends_at', '>', filter.from);
  if (filter.to) query = query.where('starts_at', '<', filter.to);
  return query.execute();
}

/** A row as the domain rules see it (wall-clock times in Paris). */
export function seanceFromRow(row: SeanceRow): Seance {
  const attended =
    row.status === 'held' && row.actual_start_at && row.actual_end_at
      ? Math.round((row.actual_end_at.getTime() - row.actual_start_at.getTime()) / 60_000)
      : undefined;
  return {
    id: row.id,
    consultantId: row.consultant_id,
    phase: row.phase,
    mode: row.mode,
    start: toParisLocal(row.starts_at) as LocalDateTime,
    end: toParisLocal(row.ends_at) as LocalDateTime,
    status: row.status,
    signedByBeneficiary: row.signed_by_beneficiary_at !== null,
    signedByConsultant: row.signed_by_consultant_at !== null,
    attendedMinutes: attended,
  };
}

/** Serialises planning for one consultant across their bilans (overlap checks). */
export async function lockConsultantAgenda(trx: Trx, consultantId: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`seances:${consultantId}`}))`.execute(trx);
}

export function insertSeance(db: Trx, values: Insertable<Database['seances']>) {
  return db.insertInto('seances').values(values).returning(CALENDAR_COLUMNS).executeTakeFirstOrThrow();
}

/** Changes a séance; answers what its calendar invitation needs. */
export function updateSeance(db: Trx, seanceId: string, set: Updateable<Database['seances']>) {
  return db
    .updateTable('seances')
    .set(set)
    .where('id', '=', seanceId)
    .returning([...CALENDAR_COLUMNS, 'signed_by_beneficiary_at', 'signed_by_consultant_at'])
    .executeTakeFirstOrThrow();
}

/** The séance's beneficiary, consultant and organisation, for its e-mails. */
export function findSeanceParties(db: Trx, seanceId: string) {
  return db
    .selectFrom('seances as s')
    .innerJoin('bilans as bl', 'bl.id', 's.bilan_id')
    .innerJoin('users as b', 'b.id', 'bl.beneficiary_id')
    .innerJoin('users as c', 'c.id', 'bl.consultant_id')
    .innerJoin('organisations as o', 'o.id', 'b.organisation_id')
    .select([
      'b.email',
      'b.first_name',
      'b.last_name',
      'c.email as c_email',
      'c.first_name as c_first',
      'c.last_name as c_last',
      'o.name as organisation_name',
    ])
    .where('s.id', '=', seanceId)
    .executeTakeFirstOrThrow();
}

/** The séance's bilan and people, if the actor is its consultant or beneficiary. */
export function findReachableSeance(db: Trx, actor: Actor, seanceId: string) {
  return db
    .selectFrom('seances as s')
    .innerJoin('bilans as b', 'b.id', 's.bilan_id')
    .innerJoin('users as u', 'u.id', 'b.beneficiary_id')
    .innerJoin('users as c', 'c.id', 'b.consultant_id')
    .select(['s.bilan_id', 'u.first_name', 'u.last_name', 'c.first_name as c_first', 'c.last_name as c_last'])
    .where('s.id', '=', seanceId)
    .where('s.organisation_id', '=', actor.organisationId)
    .where(actor.role === 'consultant' ? 'b.consultant_id' : 'b.beneficiary_id', '=', actor.userId)
    .executeTakeFirst();
}

/**
 * Planned séances with the consultant starting in `(now, until]` and not yet reminded, with
 * their beneficiary, consultant and organisation; claimed (SKIP LOCKED) for the transaction.
 */
export function claimSeancesToRemind(trx: Trx, now: Date, until: Date) {
  return trx
    .selectFrom('seances as s')
    .innerJoin('bilans as b', 'b.id', 's.bilan_id')
    .innerJoin('users as u', 'u.id', 'b.beneficiary_id')
    .innerJoin('users as c', 'c.id', 's.consultant_id')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .select([
      's.id',
      's.organisation_id',
      's.starts_at',
      's.ends_at',
      's.created_at',
      's.mode',
      's.place',
      's.link',
      'u.email',
      'u.first_name',
      'c.first_name as c_first',
      'c.last_name as c_last',
      'o.name as organisation_name',
    ])
    .where('s.status', '=', 'planned')
    .where('s.mode', '<>', 'personal_work')
    .where('s.reminder_sent_at', 'is', null)
    .where('s.starts_at', '>', now)
    .where('s.starts_at', '<=', until)
    .forUpdate('s')
    .skipLocked()
    .execute();
}

export async function markSeanceReminded(trx: Trx, seanceId: string, now: Date): Promise<void> {
  await trx.updateTable('seances').set({ reminder_sent_at: now }).where('id', '=', seanceId).execute();
}

/** The held séances with the consultant, with the times each side signed the attendance. */
export function listHeldSeancesWithAttendance(db: Trx, bilanId: string) {
  return db
    .selectFrom('seances as s')
    .leftJoin('attendance_signatures as ab', (j) =>
      j.onRef('ab.seance_id', '=', 's.id').on('ab.signer_role', '=', 'beneficiary'),
    )
    .leftJoin('attendance_signatures as ac', (j) =>
      j.onRef('ac.seance_id', '=', 's.id').on('ac.signer_role', '=', 'consultant'),
    )
    .select([
      's.starts_at',
      's.ends_at',
      's.actual_start_at',
      's.actual_end_at',
      'ab.signed_at as b_signed',
      'ac.signed_at as c_signed',
    ])
    .where('s.bilan_id', '=', bilanId)
    .where('s.status', '=', 'held')
    .where('s.mode', '<>', 'personal_work')
    .orderBy('s.starts_at')
    .execute();
}

/** The start of the bilan's first planned or held séance with the consultant, if any. */
export async function findFirstSeanceStart(db: Trx, bilanId: string): Promise<Date | null> {
  const rows = await db
    .selectFrom('seances')
    .select('starts_at')
    .where('bilan_id', '=', bilanId)
    .where('status', 'in', ['planned', 'held'])
    .where('mode', '!=', 'personal_work')
    .orderBy('starts_at')
    .limit(1)
    .execute();
  return rows[0]?.starts_at ?? null;
}

/** Whether a séance belongs to a bilan (for what other capabilities attach to a séance). */
export async function isSeanceOfBilan(db: Trx, seanceId: string, bilanId: string): Promise<boolean> {
  const seance = await db
    .selectFrom('seances')
    .select('id')
    .where('id', '=', seanceId)
    .where('bilan_id', '=', bilanId)
    .executeTakeFirst();
  return seance !== undefined;
}

/** The start of the bilan's next planned séance (a subquery: `bilanId` refers to the outer query). */
export function nextPlannedSeanceOf(db: Kysely<Database>, bilanId: Expression<string>, now: Date) {
  return db
    .selectFrom('seances as s')
    .select('s.starts_at as next_seance_at')
    .where('s.bilan_id', '=', bilanId)
    .where('s.status', '=', 'planned')
    .where('s.starts_at', '>', now)
    .orderBy('s.starts_at')
    .limit(1);
}

/** How many séances (personal work aside) were held in each phase of the bilan. */
export function heldSeancesPerPhase(db: Kysely<Database>, bilanId: string) {
  return db
    .selectFrom('seances')
    .select(['phase', sql<number>`count(*)::int`.as('n')])
    .where('bilan_id', '=', bilanId)
    .where('status', '=', 'held')
    .where('mode', '<>', 'personal_work')
    .groupBy('phase')
    .execute();
}

/** The bilan's planned séances still to come, locked for the transaction. */
export function lockUpcomingSeances(trx: Kysely<Database>, bilanId: string, now: Date) {
  return trx
    .selectFrom('seances')
    .select(['id', 'mode', 'calendar_sequence'])
    .where('bilan_id', '=', bilanId)
    .where('status', '=', 'planned')
    .where('starts_at', '>', now)
    .forUpdate()
    .execute();
}

/** When a bilan's first held synchronous séance started (CPF entry), as a subquery for another query. */
export function firstHeldSeanceAt(db: Trx, bilanId: Expression<string>) {
  return db
    .selectFrom('seances as s')
    .select(sql<Date>`min(coalesce(s.actual_start_at, s.starts_at))`.as('first'))
    .where('s.bilan_id', '=', bilanId)
    .where('s.status', '=', 'held')
    .where('s.mode', '<>', 'personal_work');
}

/** Whether the consultant has a séance (planned or held) overlapping the slot. */
export async function hasSeanceBetween(db: Trx, consultantId: string, startsAt: Date, endsAt: Date): Promise<boolean> {
  const row = await db
    .selectFrom('seances')
    .select('id')
    .where('consultant_id', '=', consultantId)
    .where('status', 'in', ['planned', 'held'])
    .where('starts_at', '<', endsAt)
    .where('ends_at', '>', startsAt)
    .limit(1)
    .executeTakeFirst();
  return Boolean(row);
}
