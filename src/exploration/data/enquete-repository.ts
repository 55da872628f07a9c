/** The enquêtes métier of a piste: find, insert, update, debrief, delete. */
import type { Trx } from '../../platform/db/kysely.ts';
import type { GuideQuestion } from '../domain/interview-guide.ts';
import type { DebriefEffect, EnqueteKind } from '../domain/model.ts';
import { changedColumns, createdColumns } from './tracked-rows.ts';

export interface EnqueteFields {
  pisteId: string;
  kind: EnqueteKind;
  contactName: string | null;
  contactRole: string | null;
  contactOrganisation: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  plannedOn: string | null;
  place: string | null;
  startedOn: string | null;
  endedOn: string | null;
  sourceTitle: string | null;
  sourceUrl: string | null;
  learnt: string | null;
}

const columnsOf = (f: EnqueteFields) => ({
  piste_id: f.pisteId,
  kind: f.kind,
  contact_name: f.contactName,
  contact_role: f.contactRole,
  contact_organisation: f.contactOrganisation,
  contact_email: f.contactEmail,
  contact_phone: f.contactPhone,
  planned_on: f.plannedOn,
  place: f.place,
  started_on: f.startedOn,
  ended_on: f.endedOn,
  source_title: f.sourceTitle,
  source_url: f.sourceUrl,
  learnt: f.learnt,
});

/** The enquête of this bilan, locked for the transaction, or undefined. */
export function findEnquete(trx: Trx, bilanId: string, id: string) {
  return trx
    .selectFrom('exploration_enquetes')
    .select(['id', 'revision', 'piste_id', 'kind'])
    .where('id', '=', id)
    .where('bilan_id', '=', bilanId)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertEnquete(
  trx: Trx,
  row: {
    id?: string | undefined;
    organisationId: string;
    bilanId: string;
    by: string;
    now: Date;
    fields: EnqueteFields;
    questions: readonly GuideQuestion[];
  },
): Promise<string | undefined> {
  const inserted = await trx
    .insertInto('exploration_enquetes')
    .values({
      ...(row.id ? { id: row.id } : {}),
      ...(await createdColumns(trx, 'exploration_enquetes', row)),
      ...columnsOf(row.fields),
      questions: JSON.stringify(row.questions),
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

/** Saves the enquête's fields; its questions too unless `questions` is undefined (unchanged). */
export async function updateEnquete(
  trx: Trx,
  id: string,
  change: { by: string; now: Date; fields: EnqueteFields; questions: readonly GuideQuestion[] | undefined },
) {
  await trx
    .updateTable('exploration_enquetes')
    .set({
      ...columnsOf(change.fields),
      ...(change.questions ? { questions: JSON.stringify(change.questions) } : {}),
      ...changedColumns(change),
    })
    .where('id', '=', id)
    .execute();
}

export async function debriefEnquete(
  trx: Trx,
  id: string,
  debrief: { by: string; now: Date; confirmed: string | null; contradicted: string | null; effect: DebriefEffect },
) {
  await trx
    .updateTable('exploration_enquetes')
    .set({
      debrief_confirmed: debrief.confirmed,
      debrief_contradicted: debrief.contradicted,
      debrief_effect: debrief.effect,
      debriefed_by: debrief.by,
      debriefed_at: debrief.now,
      ...changedColumns(debrief),
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteEnquete(trx: Trx, id: string) {
  await trx.deleteFrom('exploration_enquetes').where('id', '=', id).execute();
}
