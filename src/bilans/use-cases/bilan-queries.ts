/**
 * The read model of bilans shared by the consultant's home, the bilan page and the beneficiary's
 * home: one query with the beneficiary, hours done (stored on the bilan), the next séance (one
 * index probe) and the invitation state.
 */
import type { Kysely } from 'kysely';
import { invitationState, nextStep } from '../domain/next-step.ts';
import type { BilanSummary } from '../contracts/schemas.ts';
import type { Database } from '../../platform/db/database.ts';

export function bilanSummaryQuery(db: Kysely<Database>, now: Date) {
  return db
    .selectFrom('bilans as b')
    .innerJoin('users as u', 'u.id', 'b.beneficiary_id')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('invitations as i')
          .select(['i.id as invitation_id', 'i.status as invitation_status', 'i.expires_at as invitation_expires_at'])
          .whereRef('i.user_id', '=', 'b.beneficiary_id')
          .orderBy('i.created_at', 'desc')
          .limit(1)
          .as('inv'),
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
      (eb) =>
        eb
          .selectFrom('seances as s')
          .select('s.starts_at as next_seance_at')
          .whereRef('s.bilan_id', '=', 'b.id')
          .where('s.status', '=', 'planned')
          .where('s.starts_at', '>', now)
          .orderBy('s.starts_at')
          .limit(1)
          .as('next'),
      (join) => join.onTrue(),
    )
    .select(['next.next_seance_at', 'b.accompaniment_done_minutes as done_minutes']);
}

export type BilanRow = Awaited<ReturnType<ReturnType<typeof bilanSummaryQuery>['executeTakeFirstOrThrow']>>;

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
