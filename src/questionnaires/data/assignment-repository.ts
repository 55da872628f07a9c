/**
 * The questionnaire_assignments table. Content (answers, comments, reports) is only for the
 * bilan's beneficiary and consultant: `loadAssignment` gives an admin 403, anyone else 404, and
 * reads nothing for them.
 */
import type { Insertable } from 'kysely';
import type { Database } from '../../platform/db/database.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import type { Actor } from '../../platform/deps.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';

/** Assignments with the two people of their bilan (scope every use by organisation and person). */
function assignmentQuery(db: Trx) {
  return db
    .selectFrom('questionnaire_assignments as a')
    .innerJoin('bilans as b', (join) =>
      join.onRef('b.id', '=', 'a.bilan_id').onRef('b.organisation_id', '=', 'a.organisation_id'),
    )
    .select([
      'a.id',
      'a.organisation_id',
      'a.bilan_id',
      'a.kind',
      'a.questionnaire_id',
      'a.questionnaire_version',
      'a.definition',
      'a.title',
      'a.seance_id',
      'a.due_on',
      'a.assigned_by',
      'a.assigned_at',
      'a.answers',
      'a.draft_saved_at',
      'a.submitted_at',
      'a.withdrawn_at',
      'a.debrief',
      'a.debrief_at',
      'b.consultant_id',
      'b.beneficiary_id',
      'b.phase',
    ]);
}

export type AssignmentRow = Awaited<ReturnType<ReturnType<typeof assignmentQuery>['executeTakeFirstOrThrow']>>;

/** The assignment, if the actor is the beneficiary or the consultant of its bilan. */
export async function loadAssignment(
  db: Trx,
  actor: Actor,
  assignmentId: string,
  options: { lock?: boolean; as?: 'consultant' | 'beneficiary' } = {},
): Promise<AssignmentRow> {
  requireRole(actor, ...(options.as ? [options.as] : (['consultant', 'beneficiary'] as const)));
  let query = assignmentQuery(db)
    .where('a.id', '=', assignmentId)
    .where('a.organisation_id', '=', actor.organisationId)
    .where(actor.role === 'consultant' ? 'b.consultant_id' : 'b.beneficiary_id', '=', actor.userId);
  if (options.lock) query = query.forUpdate('a');
  const row = await query.executeTakeFirst();
  if (!row) notFound();
  return row;
}

/** The assignments of a bilan, oldest first. */
export function listAssignmentsOfBilan(db: Trx, bilanId: string): Promise<AssignmentRow[]> {
  return assignmentQuery(db).where('a.bilan_id', '=', bilanId).orderBy('a.assigned_at').orderBy('a.id').execute();
}

/** The assignment of one of the consultant's bilans, locked, for a withdrawal. */
export function lockConsultantAssignment(db: Trx, actor: Actor, assignmentId: string) {
  return db
    .selectFrom('questionnaire_assignments as a')
    .innerJoin('bilans as b', (join) =>
      join.onRef('b.id', '=', 'a.bilan_id').onRef('b.organisation_id', '=', 'a.organisation_id'),
    )
    .select(['a.id', 'a.bilan_id', 'a.submitted_at', 'a.withdrawn_at'])
    .where('a.id', '=', assignmentId)
    .where('a.organisation_id', '=', actor.organisationId)
    .where('b.consultant_id', '=', actor.userId)
    .forUpdate('a')
    .executeTakeFirst();
}

/** The names (and e-mail) of the beneficiary and the consultant of an assignment's bilan. */
export function assignmentPeople(db: Trx, assignmentId: string) {
  return db
    .selectFrom('questionnaire_assignments as a')
    .innerJoin('bilans as b', (join) =>
      join.onRef('b.id', '=', 'a.bilan_id').onRef('b.organisation_id', '=', 'a.organisation_id'),
    )
    .innerJoin('users as ub', (join) =>
      join.onRef('ub.id', '=', 'b.beneficiary_id').onRef('ub.organisation_id', '=', 'b.organisation_id'),
    )
    .innerJoin('users as uc', (join) =>
      join.onRef('uc.id', '=', 'b.consultant_id').onRef('uc.organisation_id', '=', 'b.organisation_id'),
    )
    .innerJoin('organisations as o', 'o.id', 'b.organisation_id')
    .select([
      'o.name as organisation_name',
      'ub.first_name as beneficiary_first_name',
      'ub.last_name as beneficiary_last_name',
      'ub.email as beneficiary_email',
      'uc.first_name as consultant_first_name',
      'uc.last_name as consultant_last_name',
    ])
    .where('a.id', '=', assignmentId)
    .executeTakeFirstOrThrow();
}

export async function insertAssignment(
  db: Trx,
  values: Insertable<Database['questionnaire_assignments']>,
): Promise<string> {
  const row = await db.insertInto('questionnaire_assignments').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Keeps the answers (a draft, or the submission when `submittedAt` is given). */
export async function saveAnswers(
  db: Trx,
  assignmentId: string,
  answers: Record<string, unknown>,
  savedAt: Date,
  submittedAt?: Date,
): Promise<void> {
  await db
    .updateTable('questionnaire_assignments')
    .set({
      answers: JSON.stringify(answers),
      draft_saved_at: savedAt,
      ...(submittedAt ? { submitted_at: submittedAt } : {}),
    })
    .where('id', '=', assignmentId)
    .execute();
}

export async function markWithdrawn(db: Trx, assignmentId: string, at: Date): Promise<void> {
  await db.updateTable('questionnaire_assignments').set({ withdrawn_at: at }).where('id', '=', assignmentId).execute();
}

export async function saveDebriefNotes(db: Trx, assignmentId: string, debrief: string, at: Date): Promise<void> {
  await db
    .updateTable('questionnaire_assignments')
    .set({ debrief, debrief_at: at })
    .where('id', '=', assignmentId)
    .execute();
}

/**
 * For other capabilities (portfolio, pistes, synthèse): the latest submitted, not withdrawn,
 * answers of each of these instruments in a bilan, with the day they were submitted. Content:
 * the caller has already checked that its actor reaches the bilan.
 */
export async function latestSubmittedAnswers(
  db: Trx,
  organisationId: string,
  bilanId: string,
  instrumentIds: readonly string[],
): Promise<{ questionnaireId: string; answers: Record<string, unknown>; submittedAt: Date }[]> {
  if (instrumentIds.length === 0) return [];
  const rows = await db
    .selectFrom('questionnaire_assignments as q')
    .distinctOn('q.questionnaire_id')
    .select(['q.questionnaire_id', 'q.answers', 'q.submitted_at'])
    .where('q.bilan_id', '=', bilanId)
    .where('q.organisation_id', '=', organisationId)
    .where('q.questionnaire_id', 'in', instrumentIds)
    .where('q.submitted_at', 'is not', null)
    .where('q.withdrawn_at', 'is', null)
    .orderBy('q.questionnaire_id')
    .orderBy('q.submitted_at', 'desc')
    .orderBy('q.id')
    .execute();
  return rows.map((r) => ({ questionnaireId: r.questionnaire_id, answers: r.answers, submittedAt: r.submitted_at! }));
}
