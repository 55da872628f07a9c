/** The job suggestions the consultant set aside in a bilan, with the reason. */
import type { Trx } from '../../platform/db/kysely.ts';

export async function setSuggestionAside(
  trx: Trx,
  row: { organisationId: string; bilanId: string; codeRome: string; reason: string; by: string; now: Date },
) {
  await trx
    .insertInto('exploration_set_aside_suggestions')
    .values({
      organisation_id: row.organisationId,
      bilan_id: row.bilanId,
      code_rome: row.codeRome,
      reason: row.reason,
      set_by: row.by,
      set_at: row.now,
    })
    .onConflict((oc) =>
      oc.columns(['bilan_id', 'code_rome']).doUpdateSet({ reason: row.reason, set_by: row.by, set_at: row.now }),
    )
    .execute();
}

export async function restoreSuggestion(trx: Trx, bilanId: string, codeRome: string) {
  await trx
    .deleteFrom('exploration_set_aside_suggestions')
    .where('bilan_id', '=', bilanId)
    .where('code_rome', '=', codeRome)
    .execute();
}
