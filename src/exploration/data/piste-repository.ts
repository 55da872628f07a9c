/** The pistes of a bilan: find, insert, update, delete. */
import type { Trx } from '../../platform/db/kysely.ts';
import type { Assessment, PisteKind, PisteOrigin, PisteStatus } from '../domain/model.ts';
import { changedColumns, createdColumns } from './tracked-rows.ts';

export interface PisteFields {
  kind: PisteKind;
  codeRome: string | null;
  appellationCode: string | null;
  title: string;
  description: string | null;
  desire: number | null;
  desireWhy: string | null;
  criteria: Record<
    'training' | 'market' | 'pay' | 'place' | 'constraints',
    { assessment: Assessment | null; note: string | null }
  >;
  favourableFactors: string | null;
  unfavourableFactors: string | null;
  status: PisteStatus;
  statusReason: string | null;
}

function columnsOf(f: PisteFields) {
  return {
    kind: f.kind,
    code_rome: f.codeRome,
    appellation_code_ogr: f.appellationCode,
    title: f.title,
    description: f.description,
    desire: f.desire,
    desire_why: f.desireWhy,
    training_assessment: f.criteria.training.assessment,
    training_note: f.criteria.training.note,
    market_assessment: f.criteria.market.assessment,
    market_note: f.criteria.market.note,
    pay_assessment: f.criteria.pay.assessment,
    pay_note: f.criteria.pay.note,
    place_assessment: f.criteria.place.assessment,
    place_note: f.criteria.place.note,
    constraints_assessment: f.criteria.constraints.assessment,
    constraints_note: f.criteria.constraints.note,
    favourable_factors: f.favourableFactors,
    unfavourable_factors: f.unfavourableFactors,
    status: f.status,
    status_reason: f.statusReason,
  };
}

/** The piste of this bilan, locked for the transaction, or undefined. */
export function findPiste(trx: Trx, bilanId: string, id: string) {
  return trx
    .selectFrom('exploration_pistes')
    .select(['id', 'revision', 'kind', 'code_rome', 'title'])
    .where('id', '=', id)
    .where('bilan_id', '=', bilanId)
    .forUpdate()
    .executeTakeFirst();
}

/** Another piste of the bilan naming the same fiche (kind rome_fiche) or the same appellation. */
export function findSamePiste(
  trx: Trx,
  bilanId: string,
  probe: { kind: PisteKind; codeRome: string | null; appellationCode: string | null; except?: string | undefined },
) {
  if (probe.kind !== 'rome_fiche' && probe.kind !== 'appellation') return Promise.resolve(undefined);
  let query = trx
    .selectFrom('exploration_pistes')
    .select(['id', 'title'])
    .where('bilan_id', '=', bilanId)
    .where('kind', '=', probe.kind);
  query =
    probe.kind === 'rome_fiche'
      ? query.where('code_rome', '=', probe.codeRome)
      : query.where('appellation_code_ogr', '=', probe.appellationCode);
  if (probe.except) query = query.where('id', '<>', probe.except);
  return query.limit(1).executeTakeFirst();
}

export async function insertPiste(
  trx: Trx,
  row: {
    id?: string | undefined;
    organisationId: string;
    bilanId: string;
    by: string;
    now: Date;
    origin: PisteOrigin;
    originReasons: readonly string[];
    fields: PisteFields;
  },
): Promise<string | undefined> {
  const inserted = await trx
    .insertInto('exploration_pistes')
    .values({
      ...(row.id ? { id: row.id } : {}),
      ...(await createdColumns(trx, 'exploration_pistes', row)),
      ...columnsOf(row.fields),
      origin: row.origin,
      origin_reasons: [...row.originReasons],
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

export async function updatePiste(trx: Trx, id: string, change: { by: string; now: Date; fields: PisteFields }) {
  await trx
    .updateTable('exploration_pistes')
    .set({ ...columnsOf(change.fields), ...changedColumns(change) })
    .where('id', '=', id)
    .execute();
}

/** Deletes the piste (its training needs and enquêtes go with it); what went with it. */
export async function deletePiste(trx: Trx, id: string): Promise<{ trainingNeeds: number; enquetes: number }> {
  const trainingNeeds = await trx
    .selectFrom('exploration_training_needs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('piste_id', '=', id)
    .executeTakeFirstOrThrow();
  const enquetes = await trx
    .selectFrom('exploration_enquetes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('piste_id', '=', id)
    .executeTakeFirstOrThrow();
  await trx.deleteFrom('exploration_pistes').where('id', '=', id).execute();
  return { trainingNeeds: Number(trainingNeeds.n), enquetes: Number(enquetes.n) };
}
