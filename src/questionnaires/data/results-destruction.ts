/**
 * The destruction of a bilan's questionnaires and worksheets at the end (decision 046): the
 * assignments with their answers and debriefs, and the comments on them. The 360° invitations
 * hanging off an assignment go first (feedback's own destruction).
 */
import type { Trx } from '../../platform/db/kysely.ts';

/** The ids of the bilan's assignments (their 360° invitations go first, through feedback). */
export async function listAssignmentIds(trx: Trx, scope: { bilanId: string; organisationId: string }): Promise<string[]> {
  const rows = await trx
    .selectFrom('questionnaire_assignments')
    .select('id')
    .where('bilan_id', '=', scope.bilanId)
    .where('organisation_id', '=', scope.organisationId)
    .execute();
  return rows.map((row) => row.id);
}

export async function destroyQuestionnaireResults(
  trx: Trx,
  scope: { bilanId: string; organisationId: string },
): Promise<{ assignments: number; comments: number }> {
  const comments = await trx
    .deleteFrom('questionnaire_comments')
    .where('organisation_id', '=', scope.organisationId)
    .where('assignment_id', 'in', (eb) =>
      eb
        .selectFrom('questionnaire_assignments')
        .select('id')
        .where('bilan_id', '=', scope.bilanId)
        .where('organisation_id', '=', scope.organisationId),
    )
    .executeTakeFirst();
  const assignments = await trx
    .deleteFrom('questionnaire_assignments')
    .where('bilan_id', '=', scope.bilanId)
    .where('organisation_id', '=', scope.organisationId)
    .executeTakeFirst();
  return { assignments: Number(assignments.numDeletedRows), comments: Number(comments.numDeletedRows) };
}
