/** Who follows a bilan: an admin hands it to another consultant of the organisation (decision 034). */
import type { Trx } from '../../platform/db/kysely.ts';

/** The bilan of the organisation, locked for the transaction, with its consultant; undefined out of reach. */
export function lockBilanOfOrganisation(trx: Trx, organisationId: string, bilanId: string) {
  return trx
    .selectFrom('bilans')
    .select(['id', 'consultant_id', 'phase'])
    .where('id', '=', bilanId)
    .where('organisation_id', '=', organisationId)
    .forUpdate()
    .executeTakeFirst();
}

export async function setBilanConsultant(trx: Trx, bilanId: string, consultantId: string): Promise<void> {
  await trx.updateTable('bilans').set({ consultant_id: consultantId }).where('id', '=', bilanId).execute();
}
