/**
 * The career-history worksheets of a bilan (the model or a consultant's copy, not withdrawn) with
 * the answers given so far, submitted or saved as a draft, for the portfolio's import (decision 038).
 */
import type { Trx } from '../../platform/db/kysely.ts';
import { listAssignmentsOfBilan } from '../../questionnaires/data/assignment-repository.ts';
import { definitionOf } from '../../questionnaires/domain/assignment.ts';
import { isCareerHistory } from '../domain/career-history.ts';

export async function readCareerHistoryAnswers(db: Trx, bilanId: string) {
  const assignments = await listAssignmentsOfBilan(db, bilanId);
  return assignments
    .filter((a) => a.kind === 'worksheet' && a.withdrawn_at === null && isCareerHistory(a.questionnaire_id))
    .map((a) => ({
      id: a.id,
      title: a.title,
      definition: definitionOf(a),
      answers: a.answers,
      submittedAt: a.submitted_at,
      savedAt: a.draft_saved_at,
    }));
}
