/** The consultant's préliminaire record and attested items (bilan_phase_records). */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/database.ts';
import type { PhaseRecord } from '../contracts/checklists.ts';

export function readPhaseRecord(db: Kysely<Database>, bilanId: string) {
  return db
    .selectFrom('bilan_phase_records')
    .select(['need_analysis', 'format', 'modalities', 'attested'])
    .where('bilan_id', '=', bilanId)
    .executeTakeFirst();
}

interface Change {
  bilanId: string;
  organisationId: string;
  by: string;
  at: Date;
}

/** Writes the préliminaire record (need analysis, format, modalities). */
export async function upsertPhaseRecord(db: Kysely<Database>, change: Change, record: PhaseRecord): Promise<void> {
  const values = {
    need_analysis: record.needAnalysis,
    format: record.format,
    modalities: record.modalities,
    updated_at: change.at,
    updated_by: change.by,
  };
  await db
    .insertInto('bilan_phase_records')
    .values({ bilan_id: change.bilanId, organisation_id: change.organisationId, ...values })
    .onConflict((oc) => oc.column('bilan_id').doUpdateSet(values))
    .execute();
}

/** Marks an item as attested (`entry` is its JSON: at, by, note) or removes the attestation. */
export async function upsertAttestation(
  db: Kysely<Database>,
  change: Change,
  item: string,
  met: boolean,
  entry: string,
): Promise<void> {
  const attested = met
    ? sql`bilan_phase_records.attested || ${entry}::jsonb`
    : sql`bilan_phase_records.attested - ${item}::text`;
  await db
    .insertInto('bilan_phase_records')
    .values({
      bilan_id: change.bilanId,
      organisation_id: change.organisationId,
      attested: met ? entry : '{}',
      updated_at: change.at,
      updated_by: change.by,
    })
    .onConflict((oc) =>
      oc.column('bilan_id').doUpdateSet({ attested: attested as never, updated_at: change.at, updated_by: change.by }),
    )
    .execute();
}
