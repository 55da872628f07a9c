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

/** What a summary is made of: the subset of a bilan row that `toSummary` reads. */
export type SummaryRow = Pick<
  BilanRow,
  | 'id'
  | 'phase'
  | 'financing'
  | 'planned_accompaniment_minutes'
  | 'done_minutes'
  | 'created_at'
  | 'first_name'
  | 'last_name'
  | 'email'
  | 'beneficiary_status'
  | 'invitation_id'
  | 'invitation_status'
  | 'invitation_expires_at'
  | 'next_seance_at'
>;

/**
 * One bilan of a consultant's home as PostgreSQL writes it: a JSON array in the order below
 * (positional, so the forty keys are neither built nor parsed forty times), timestamps as ISO text.
 */
type SummaryTuple = [
  id: string,
  phase: SummaryRow['phase'],
  financing: SummaryRow['financing'],
  plannedMinutes: number,
  doneMinutes: number,
  createdAt: string,
  firstName: string,
  lastName: string,
  email: string,
  beneficiaryStatus: SummaryRow['beneficiary_status'],
  invitationId: string | null,
  invitationStatus: SummaryRow['invitation_status'],
  invitationExpiresAt: string | null,
  nextSeanceAt: string | null,
];

const SUMMARY_TUPLE = sql`json_build_array(
  b.id, b.phase, b.financing, b.planned_accompaniment_minutes, b.accompaniment_done_minutes, b.created_at,
  u.first_name, u.last_name, u.email, u.status, inv.id, inv.status, inv.expires_at, next.starts_at)`;

function summaryFromTuple([
  id,
  phase,
  financing,
  plannedMinutes,
  doneMinutes,
  createdAt,
  firstName,
  lastName,
  email,
  beneficiaryStatus,
  invitationId,
  invitationStatus,
  invitationExpiresAt,
  nextSeanceAt,
]: SummaryTuple): SummaryRow {
  return {
    id,
    phase,
    financing,
    planned_accompaniment_minutes: plannedMinutes,
    done_minutes: doneMinutes,
    created_at: new Date(createdAt),
    first_name: firstName,
    last_name: lastName,
    email,
    beneficiary_status: beneficiaryStatus,
    invitation_id: invitationId,
    invitation_status: invitationStatus,
    invitation_expires_at: invitationExpiresAt === null ? null : new Date(invitationExpiresAt),
    next_seance_at: nextSeanceAt === null ? null : new Date(nextSeanceAt),
  };
}

/**
 * The consultant's home in one statement and one row: their open bilans (most recent first) and
 * their `endedLimit` most recently ended ones, each aggregated by PostgreSQL into a JSON array.
 * The home is read on every visit of every consultant, and after each change of the organisation
 * when the read cache is on (decision 008): one round trip, one plan, and one string to parse
 * instead of forty rows of fourteen typed columns (bench/results.md, issue 10).
 */
export async function consultantHomeRows(
  db: Kysely<Database>,
  organisationId: string,
  consultantId: string,
  now: Date,
  endedLimit: number,
): Promise<{ open: SummaryRow[]; ended: SummaryRow[] }> {
  const summary = (ordered: ReturnType<typeof sql>) => sql`
    coalesce(json_agg(${SUMMARY_TUPLE} ORDER BY ${ordered}), '[]'::json)`;
  const around = (bilans: ReturnType<typeof sql>) => sql`
    FROM ${bilans} AS b
    CROSS JOIN LATERAL (
      -- LIMIT keeps this a probe of the primary key per bilan: pulled up into a join, the planner
      -- would hash every user of the organisation to find forty.
      SELECT first_name, last_name, email, status FROM users
      WHERE id = b.beneficiary_id AND organisation_id = b.organisation_id LIMIT 1
    ) AS u
    LEFT JOIN LATERAL (
      SELECT i.id, i.status, i.expires_at FROM invitations AS i
      WHERE i.user_id = b.beneficiary_id ORDER BY i.created_at DESC LIMIT 1
    ) AS inv ON true
    LEFT JOIN LATERAL (
      SELECT s.starts_at FROM seances AS s
      WHERE s.bilan_id = b.id AND s.status = 'planned' AND s.starts_at > ${now} ORDER BY s.starts_at LIMIT 1
    ) AS next ON true`;
  const { rows } = await sql<{ open: SummaryTuple[]; ended: SummaryTuple[] }>`
    SELECT
      (SELECT ${summary(sql`b.created_at DESC`)}
       ${around(sql`(SELECT * FROM bilans WHERE organisation_id = ${organisationId} AND consultant_id = ${consultantId}
                     AND phase IN (${sql.join(OPEN_PHASES.map((p) => sql.lit(p)))}))`)}) AS open,
      (SELECT ${summary(sql`b.phase_changed_at DESC`)}
       ${around(sql`(SELECT * FROM bilans WHERE organisation_id = ${organisationId} AND consultant_id = ${consultantId}
                     AND phase IN (${sql.join(ENDED_PHASES.map((p) => sql.lit(p)))}) ORDER BY phase_changed_at DESC LIMIT ${endedLimit})`)}) AS ended
  `.execute(db);
  const { open, ended } = rows[0]!;
  return { open: open.map(summaryFromTuple), ended: ended.map(summaryFromTuple) };
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

/**
 * A bilan of the consultant, with the consultant, the organisation's name and the figures of the
 * dossier's header (financing status, accompaniment planned or held, documents awaiting a
 * signature, the latest consent answer, the earliest EDOF declaration still due): one statement,
 * each figure a probe of its table's bilan index.
 */
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
    .select([
      sql<string | null>`(SELECT f.status FROM bilan_financings AS f WHERE f.bilan_id = b.id)`.as('financing_status'),
      // Planned or held accompaniment, as the séance planning counts it (seances/domain/plan.ts):
      // a held séance counts its attended minutes when they were recorded.
      sql<number>`(SELECT coalesce(sum(CASE WHEN s.status = 'held' AND s.attended_minutes IS NOT NULL
          THEN s.attended_minutes ELSE (date_part('epoch', s.ends_at - s.starts_at) / 60)::int END), 0)::int
        FROM seances AS s WHERE s.bilan_id = b.id AND s.status IN ('planned', 'held') AND s.mode <> 'personal_work')`.as(
        'scheduled_minutes',
      ),
      sql<number>`(SELECT count(*)::int FROM bilan_documents AS d
        WHERE d.bilan_id = b.id AND d.superseded_at IS NULL AND cardinality(d.signers) >
          (SELECT count(*) FROM document_signatures AS ds WHERE ds.document_id = d.id))`.as(
        'documents_awaiting_signature',
      ),
      sql<'given' | 'refused' | null>`(SELECT bc.decision FROM bilan_consents AS bc WHERE bc.bilan_id = b.id
        ORDER BY bc.decided_at DESC LIMIT 1)`.as('consent_decision'),
      sql<{ kind: 'entry' | 'exit'; due_on: string } | null>`(SELECT json_build_object('kind', e.kind, 'due_on', e.due_on)
        FROM edof_declarations AS e WHERE e.bilan_id = b.id AND e.declared_on IS NULL
        ORDER BY e.due_on LIMIT 1)`.as('edof_due'),
    ])
    .where('b.id', '=', bilanId)
    .where('b.organisation_id', '=', organisationId)
    .where('b.consultant_id', '=', consultantId)
    .executeTakeFirst();
}

export function latestInvitation(row: SummaryRow): { id: string; status: string; expiresAt: Date } | null {
  if (!row.invitation_id || !row.invitation_status || !row.invitation_expires_at) return null;
  return { id: row.invitation_id, status: row.invitation_status, expiresAt: row.invitation_expires_at };
}

export function toSummary(row: SummaryRow, now: Date): BilanSummary {
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
