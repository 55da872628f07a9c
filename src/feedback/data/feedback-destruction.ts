/**
 * The destruction of a bilan's 360° invitations at the end (decision 046): respondents' addresses
 * and answers are content. The caller names the bilan's assignments (questionnaires' own read).
 * Returns the addresses, so that the e-mails sent to them go too.
 */
import type { Trx } from '../../platform/db/kysely.ts';

export async function destroyFeedbackInvitations(
  trx: Trx,
  scope: { organisationId: string; assignmentIds: string[] },
): Promise<{ count: number; addresses: string[] }> {
  if (scope.assignmentIds.length === 0) return { count: 0, addresses: [] };
  const rows = await trx
    .deleteFrom('feedback_invitations')
    .where('organisation_id', '=', scope.organisationId)
    .where('assignment_id', 'in', scope.assignmentIds)
    .returning('email')
    .execute();
  return { count: rows.length, addresses: [...new Set(rows.map((r) => r.email))] };
}
