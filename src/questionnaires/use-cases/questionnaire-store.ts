/**
 * Shared reads of questionnaire assignments. Content (answers, comments, reports) is only for
 * the bilan's beneficiary and consultant: an admin gets 403, anyone else 404, and nothing is
 * read for them.
 */
import { parseQuestionnaireDefinition, type QuestionnaireDefinition } from '../domain/definition-schema.ts';
import { computeProgress } from '../domain/progress.ts';
import type { AssignmentStatus, AssignmentSummary } from '../contracts/schemas.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import type { Actor } from '../../platform/deps.ts';
import type { Trx } from '../../platform/db/kysely.ts';

/** Assignments with the two people of their bilan (scope every use by organisation and person). */
export function assignmentQuery(trx: Trx) {
  return trx
    .selectFrom('questionnaire_assignments as a')
    .innerJoin('bilans as b', 'b.id', 'a.bilan_id')
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
  trx: Trx,
  actor: Actor,
  assignmentId: string,
  options: { lock?: boolean; as?: 'consultant' | 'beneficiary' } = {},
): Promise<AssignmentRow> {
  requireRole(actor, ...(options.as ? [options.as] : (['consultant', 'beneficiary'] as const)));
  let query = assignmentQuery(trx)
    .where('a.id', '=', assignmentId)
    .where('a.organisation_id', '=', actor.organisationId)
    .where(actor.role === 'consultant' ? 'b.consultant_id' : 'b.beneficiary_id', '=', actor.userId);
  if (options.lock) query = query.forUpdate('a');
  const row = await query.executeTakeFirst();
  if (!row) notFound();
  return row;
}

/** The stored snapshot, parsed again (it was valid when assigned; parsing applies defaults). */
export function definitionOf(row: Pick<AssignmentRow, 'definition'>): QuestionnaireDefinition {
  return parseQuestionnaireDefinition(row.definition);
}

export function statusOf(
  row: Pick<AssignmentRow, 'submitted_at' | 'withdrawn_at' | 'draft_saved_at'>,
): AssignmentStatus {
  if (row.withdrawn_at) return 'withdrawn';
  if (row.submitted_at) return 'submitted';
  return row.draft_saved_at ? 'in_progress' : 'to_do';
}

export function summaryOf(row: AssignmentRow): AssignmentSummary {
  const definition = definitionOf(row);
  return {
    id: row.id,
    bilanId: row.bilan_id,
    kind: row.kind,
    title: row.title,
    questionnaireId: row.questionnaire_id,
    version: row.questionnaire_version,
    status: statusOf(row),
    dueOn: row.due_on,
    seanceId: row.seance_id,
    assignedAt: row.assigned_at.toISOString(),
    draftSavedAt: row.draft_saved_at?.toISOString() ?? null,
    submittedAt: row.submitted_at?.toISOString() ?? null,
    progressPercent: computeProgress(definition, row.answers).percent,
  };
}
