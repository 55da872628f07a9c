/**
 * The read model of bilans shared by the consultant's home, the bilan page and the beneficiary's
 * home: one query with the beneficiary, hours done (stored on the bilan), the next séance (one
 * index probe) and the invitation state.
 */
import { sql, type Kysely } from 'kysely';
import { invitationState, nextStep } from '../domain/next-step.ts';
import { ENDED_PHASES, OPEN_PHASES } from '../domain/phases.ts';
import type { BilanSummary } from '../contracts/schemas.ts';
import type { Database } from '../../platform/db/database.ts';
import { latestInvitationOf } from '../../accounts/data/user-repository.ts';
import { nextPlannedSeanceOf } from '../../seances/data/seance-repository.ts';

function bilanSummaryQuery(db: Kysely<Database>, now: Date) {
  return db
    .selectFrom('bilans as b')
    .innerJoin('users as u', 'u.id', 'b.beneficiary_id')
    .leftJoinLateral(
      (eb) => latestInvitationOf(db, eb.ref('b.beneficiary_id')).as('inv'),
      (join) => join.onTrue(),
    )
    .select([
      'inv.invitation_id',
      'inv.invitation_status',
      'inv.invitation_expires_at',
      'b.id',
      'b.organisation_id',
      'b.beneficiary_id',
      'b.consultant_id',
      'b.financing',
      'b.phase',
      'b.planned_accompaniment_minutes',
      'b.phase_changed_at',
      'b.abandon_reason',
      'b.created_at',
      'u.first_name',
      'u.last_name',
      'u.email',
      'u.status as beneficiary_status',
    ])
    .leftJoinLateral(
      (eb) => nextPlannedSeanceOf(db, eb.ref('b.id'), now).as('next'),
      (join) => join.onTrue(),
    )
    .select(['next.next_seance_at', 'b.accompaniment_done_minutes as done_minutes']);
}

export type BilanRow = Awaited<ReturnType<ReturnType<typeof bilanSummaryQuery>['executeTakeFirstOrThrow']>>;

/** The consultant's open bilans, most recent first. */
export function openBilansOfConsultant(db: Kysely<Database>, organisationId: string, consultantId: string, now: Date) {
  return bilanSummaryQuery(db, now)
    .where('b.organisation_id', '=', organisationId)
    .where('b.consultant_id', '=', consultantId)
    .where('b.phase', 'in', OPEN_PHASES)
    .orderBy('b.created_at', 'desc')
    .execute();
}

/** The consultant's ended bilans, the most recently ended first, at most `limit`. */
export function endedBilansOfConsultant(
  db: Kysely<Database>,
  organisationId: string,
  consultantId: string,
  now: Date,
  limit: number,
) {
  return bilanSummaryQuery(db, now)
    .where('b.organisation_id', '=', organisationId)
    .where('b.consultant_id', '=', consultantId)
    .where('b.phase', 'in', ENDED_PHASES)
    .orderBy('b.phase_changed_at', 'desc')
    .limit(limit)
    .execute();
}

/** The beneficiary's open bilan if there is one, else their latest, with their consultant. */
export function latestBilanOfBeneficiary(
  db: Kysely<Database>,
  organisationId: string,
  beneficiaryId: string,
  now: Date,
) {
  return (
    bilanSummaryQuery(db, now)
      .innerJoin('users as c', 'c.id', 'b.consultant_id')
      .select(['c.first_name as c_first', 'c.last_name as c_last', 'c.email as c_email'])
      .where('b.organisation_id', '=', organisationId)
      .where('b.beneficiary_id', '=', beneficiaryId)
      // The open bilan if there is one, else the latest.
      .orderBy(sql`b.phase in (${sql.join(OPEN_PHASES)})`, 'desc')
      .orderBy('b.created_at', 'desc')
      .limit(1)
      .executeTakeFirst()
  );
}

/** A bilan of the consultant, with the consultant and the organisation's name. */
export function consultantBilanDetail(
  db: Kysely<Database>,
  organisationId: string,
  consultantId: string,
  bilanId: string,
  now: Date,
) {
  return bilanSummaryQuery(db, now)
    .innerJoin('users as c', 'c.id', 'b.consultant_id')
    .innerJoin('organisations as o', 'o.id', 'b.organisation_id')
    .select(['c.first_name as c_first', 'c.last_name as c_last', 'c.email as c_email', 'o.name as organisation_name'])
    .where('b.id', '=', bilanId)
    .where('b.organisation_id', '=', organisationId)
    .where('b.consultant_id', '=', consultantId)
    .executeTakeFirst();
}

export function latestInvitation(row: BilanRow): { id: string; status: string; expiresAt: Date } | null {
  if (!row.invitation_id || !row.invitation_status || !row.invitation_expires_at) return null;
  return { id: row.invitation_id, status: row.invitation_status, expiresAt: row.invitation_expires_at };
}

export function toSummary(row: BilanRow, now: Date): BilanSummary {
  const invitation = invitationState(latestInvitation(row), now);
  return {
    id: row.id,
    beneficiary: {
      firstName: row.first_name,
      lastName: row.last_name,
      email: row.email,
      accountActive: row.beneficiary_status === 'active',
    },
    phase: row.phase,
    financing: row.financing,
    plannedMinutes: row.planned_accompaniment_minutes,
    doneMinutes: row.done_minutes ?? 0,
    nextStep: nextStep({
      phase: row.phase,
      beneficiaryActive: row.beneficiary_status === 'active',
      invitation,
      nextSeanceAt: row.next_seance_at ? new Date(row.next_seance_at) : null,
    }),
    createdAt: row.created_at.toISOString(),
  };
}
