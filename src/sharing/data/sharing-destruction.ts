/**
 * The destruction of a bilan's shares at the end (decision 046): the shares and every opening and
 * download. Returns the recipients' addresses, so that the links sent to them go too.
 */
import type { Trx } from '../../platform/db/kysely.ts';

export async function destroyShares(
  trx: Trx,
  scope: { bilanId: string; organisationId: string },
): Promise<{ count: number; addresses: string[] }> {
  const accesses = await trx
    .deleteFrom('share_accesses')
    .where('organisation_id', '=', scope.organisationId)
    .where('share_id', 'in', (eb) =>
      eb
        .selectFrom('shares')
        .select('id')
        .where('bilan_id', '=', scope.bilanId)
        .where('organisation_id', '=', scope.organisationId),
    )
    .executeTakeFirst();
  const shares = await trx
    .deleteFrom('shares')
    .where('bilan_id', '=', scope.bilanId)
    .where('organisation_id', '=', scope.organisationId)
    .returning('recipient_email')
    .execute();
  return {
    count: shares.length + Number(accesses.numDeletedRows),
    addresses: [...new Set(shares.map((s) => s.recipient_email))],
  };
}
