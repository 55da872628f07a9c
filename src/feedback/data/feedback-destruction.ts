/**
 * The destruction of a bilan's 360° invitations at the end (decision 046): respondents' addresses
 * and answers are content. Returns the addresses, so that the e-mails sent to them go too.
 */
import type { Trx } from '../../platform/db/kysely.ts';

export async function destroyFeedbackInvitations(
  trx: Trx,
  scope: { bilanId: string; organisationId: string },
): Promise<{ count: number; addresses: string[] }> {
  const rows = await trx
    .deleteFrom('feedback_invitations')
    .where('organisation_id', '=', scope.organisationId)
    .where('assignment_id', 'in', (eb) =>
      eb
        .selectFrom('questionnaire_assignments')
        .select('id')
        .where('bilan_id', '=', scope.bilanId)
        .where('organisation_id', '=', scope.organisationId),
    )
    .returning('email')
    .execute();
  return { count: rows.length, addresses: [...new Set(rows.map((r) => r.email))] };
}
