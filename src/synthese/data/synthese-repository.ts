/**
 * The syntheses table (decision 043): one per bilan, created with its first change, holding the
 * delivery and its acknowledgement; and the draft's sections, saved with their revision.
 */
import type { Trx } from '../../platform/db/kysely.ts';
import type { SyntheseSectionKey } from '../domain/content.ts';
import type { DeliveryChannel } from '../domain/model.ts';

export function findSynthese(db: Trx, bilanId: string) {
  return db.selectFrom('syntheses').selectAll().where('bilan_id', '=', bilanId).executeTakeFirst();
}

/** The bilan's synthesis, created on its first change (the caller holds the bilan's lock). */
export async function ensureSynthese(db: Trx, bilan: { id: string; organisation_id: string }, now: Date) {
  const existing = await findSynthese(db, bilan.id);
  if (existing) return existing;
  return db
    .insertInto('syntheses')
    .values({ organisation_id: bilan.organisation_id, bilan_id: bilan.id, created_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function listSections(db: Trx, syntheseId: string) {
  return db.selectFrom('synthese_sections').selectAll().where('synthese_id', '=', syntheseId).execute();
}

export function findSection(db: Trx, syntheseId: string, key: SyntheseSectionKey) {
  return db
    .selectFrom('synthese_sections')
    .selectAll()
    .where('synthese_id', '=', syntheseId)
    .where('key', '=', key)
    .executeTakeFirst();
}

/** Writes a section's text: revision 1 when new, the next one otherwise. */
export async function writeSection(
  db: Trx,
  synthese: { id: string; organisation_id: string },
  key: SyntheseSectionKey,
  change: { text: string; by: string; now: Date; previousRevision: number },
): Promise<void> {
  if (change.previousRevision === 0) {
    await db
      .insertInto('synthese_sections')
      .values({
        organisation_id: synthese.organisation_id,
        synthese_id: synthese.id,
        key,
        text: change.text,
        revision: 1,
        updated_by: change.by,
        updated_at: change.now,
      })
      .execute();
    return;
  }
  await db
    .updateTable('synthese_sections')
    .set({ text: change.text, revision: change.previousRevision + 1, updated_by: change.by, updated_at: change.now })
    .where('synthese_id', '=', synthese.id)
    .where('key', '=', key)
    .where('revision', '=', change.previousRevision)
    .executeTakeFirstOrThrow();
}

export async function setDelivery(
  db: Trx,
  syntheseId: string,
  delivery: { channel: DeliveryChannel; deliveredOn: string; by: string; now: Date },
): Promise<void> {
  await db
    .updateTable('syntheses')
    .set({
      delivery_channel: delivery.channel,
      delivered_on: delivery.deliveredOn,
      delivery_recorded_by: delivery.by,
      delivery_recorded_at: delivery.now,
    })
    .where('id', '=', syntheseId)
    .execute();
}

export async function setDeliveryAcknowledged(db: Trx, syntheseId: string, now: Date): Promise<void> {
  await db.updateTable('syntheses').set({ delivery_acknowledged_at: now }).where('id', '=', syntheseId).execute();
}
