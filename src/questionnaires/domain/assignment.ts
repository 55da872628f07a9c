/**
 * An assignment as stored (its pinned definition, answers and dates), read back: the definition
 * parsed again, its status and its summary for lists. Pure: rows come from `data/`.
 */
import { parseQuestionnaireDefinition, type QuestionnaireDefinition } from './definition-schema.ts';
import { computeProgress } from './progress.ts';
import type { AssignmentStatus, AssignmentSummary } from '../contracts/schemas.ts';

/** What the summary of an assignment is computed from (a row of `questionnaire_assignments`). */
export interface AssignmentRecord {
  id: string;
  bilan_id: string;
  kind: 'worksheet' | 'instrument';
  title: string;
  questionnaire_id: string;
  questionnaire_version: number;
  definition: Record<string, unknown>;
  answers: Record<string, unknown>;
  seance_id: string | null;
  due_on: string | null;
  assigned_at: Date;
  draft_saved_at: Date | null;
  submitted_at: Date | null;
  withdrawn_at: Date | null;
}

/** The stored snapshot, parsed again (it was valid when assigned; parsing applies defaults). */
export function definitionOf(row: { definition: Record<string, unknown> }): QuestionnaireDefinition {
  return parseQuestionnaireDefinition(row.definition);
}

export function statusOf(
  row: Pick<AssignmentRecord, 'submitted_at' | 'withdrawn_at' | 'draft_saved_at'>,
): AssignmentStatus {
  if (row.withdrawn_at) return 'withdrawn';
  if (row.submitted_at) return 'submitted';
  return row.draft_saved_at ? 'in_progress' : 'to_do';
}

export function summaryOf(row: AssignmentRecord): AssignmentSummary {
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
