/** The bilans table and its history of phase changes. */
import type { Insertable, Kysely } from 'kysely';
import type { Bilans, Database } from '../../platform/db/database.ts';
import { OPEN_PHASES, type Phase } from '../domain/phases.ts';

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
  change: { bilanId: string; from: Phase; to: Phase; by: string; at: Date; reason: string | null },
): Promise<void> {
  await db
    .insertInto('bilan_phase_changes')
    .values({
      bilan_id: change.bilanId,
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
