/**
 * The end of a bilan's phase notes (decision 046): the phase record stays (format, attested items,
 * who and when: administrative), the need analysis, the modalities and the attestations' free notes
 * are emptied.
 */
import { sql } from 'kysely';
import type { Trx } from '../../platform/db/kysely.ts';

export async function scrubPhaseNotes(trx: Trx, scope: { bilanId: string; organisationId: string }): Promise<number> {
  const result = await trx
    .updateTable('bilan_phase_records')
    .set({
      need_analysis: null,
      modalities: null,
      attested: sql`(SELECT coalesce(jsonb_object_agg(k, v - 'note'), '{}'::jsonb) FROM jsonb_each(attested) AS e(k, v))`,
    })
    .where('bilan_id', '=', scope.bilanId)
    .where('organisation_id', '=', scope.organisationId)
    .where(
      (eb) =>
        sql<boolean>`(${eb.ref("need_analysis")} IS NOT NULL OR ${eb.ref("modalities")} IS NOT NULL OR jsonb_path_exists(attested, '$.*.note'))`,
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
