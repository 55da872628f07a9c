/**
 * The destruction of the e-mails that carry a bilan's content to third parties (decision 046): the
 * invitations sent to 360° respondents and the links sent to share recipients, found by their
 * address and kind within the organisation. Sent or not, they go with the bilan's content.
 */
import type { Trx } from '../../platform/db/kysely.ts';

export const CONTENT_EMAIL_KINDS = ['feedback_invitation', 'share_link'] as const;

export async function destroyEmailsTo(
  trx: Trx,
  scope: { organisationId: string; addresses: string[]; kind: (typeof CONTENT_EMAIL_KINDS)[number] },
): Promise<number> {
  if (scope.addresses.length === 0) return 0;
  const result = await trx
    .deleteFrom('outbox_emails')
    .where('organisation_id', '=', scope.organisationId)
    .where('kind', '=', scope.kind)
    .where('to_address', 'in', scope.addresses)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
