/**
 * The destruction of a bilan's synthèse at the end (decision 046): the sections' texts, the
 * proposals and the comments are deleted; each published version keeps its number, date and
 * SHA-256 (what the beneficiary's approval signed) with its sections' texts and its figures emptied.
 * A withdrawn approval stays as evidence, its message to the consultant emptied (decision 052). The
 * `syntheses` row (the delivery's date, channel and acknowledgement) stays: it is the proof of
 * delivery and holds no content.
 */
import { sql } from 'kysely';
import { orderedSections } from '../domain/version.ts';
import type { Trx } from '../../platform/db/kysely.ts';

/** The figures of a version whose content went: no chart, no step (readers still get the shape). */
const EMPTY_FIGURES = JSON.stringify({ riasec: null, pistes: [], steps: [] });
/** The seven sections of a version, each with its text emptied. */
const EMPTY_SECTIONS = JSON.stringify(orderedSections({}));

export async function destroySyntheseContent(
  trx: Trx,
  scope: { bilanId: string; organisationId: string },
): Promise<{ texts: number; comments: number; versions: number }> {
  const ofBilan = (
    await trx
      .selectFrom('syntheses')
      .select('id')
      .where('bilan_id', '=', scope.bilanId)
      .where('organisation_id', '=', scope.organisationId)
      .execute()
  ).map((row) => row.id);
  if (ofBilan.length === 0) return { texts: 0, comments: 0, versions: 0 };
  const comments = await trx
    .deleteFrom('synthese_comments')
    .where('organisation_id', '=', scope.organisationId)
    .where('synthese_id', 'in', ofBilan)
    .executeTakeFirst();
  const sections = await trx
    .deleteFrom('synthese_sections')
    .where('organisation_id', '=', scope.organisationId)
    .where('synthese_id', 'in', ofBilan)
    .executeTakeFirst();
  const proposals = await trx
    .deleteFrom('synthese_proposals')
    .where('organisation_id', '=', scope.organisationId)
    .where('synthese_id', 'in', ofBilan)
    .executeTakeFirst();
  const versions = await trx
    .updateTable('synthese_versions')
    .set({ sections: EMPTY_SECTIONS, figures: EMPTY_FIGURES })
    .where('organisation_id', '=', scope.organisationId)
    .where('synthese_id', 'in', ofBilan)
    .where(sql<boolean>`(sections <> ${EMPTY_SECTIONS}::jsonb OR figures <> ${EMPTY_FIGURES}::jsonb)`)
    .executeTakeFirst();
  // The approvals stay (signature evidence, administrative); only a withdrawal's free text goes.
  await trx
    .updateTable('synthese_approvals')
    .set({ withdrawn_message: null })
    .where('organisation_id', '=', scope.organisationId)
    .where('synthese_id', 'in', ofBilan)
    .where('withdrawn_message', 'is not', null)
    .execute();
  return {
    texts: Number(sections.numDeletedRows) + Number(proposals.numDeletedRows),
    comments: Number(comments.numDeletedRows),
    versions: Number(versions.numUpdatedRows),
  };
}
