/**
 * The steps of a bilan's action plan: find (locked), count, insert, update, change the status,
 * delete, and whether the bilan has any (a fact of the conclusion's checklist).
 */
import { sql } from 'kysely';
import type { Trx } from '../../platform/db/kysely.ts';
import type { FundingRoute, Horizon, StepStatus } from '../domain/model.ts';

export interface StepFields {
  horizon: Horizon;
  what: string;
  who: string | null;
  byWhen: string | null;
  resources: string | null;
  funding: FundingRoute | null;
  status: StepStatus;
  pisteId: string | null;
  trainingNeedId: string | null;
}

const columnsOf = (f: StepFields) => ({
  horizon: f.horizon,
  what: f.what,
  who: f.who,
  by_when: f.byWhen,
  resources: f.resources,
  funding: f.funding,
  status: f.status,
  piste_id: f.pisteId,
  training_need_id: f.trainingNeedId,
});

const changed = (change: { by: string; now: Date }) => ({
  updated_by: change.by,
  updated_at: change.now,
  revision: sql<number>`revision + 1`,
});

/** The step of this bilan, locked for the transaction, or undefined. */
export function findStep(trx: Trx, bilanId: string, id: string) {
  return trx
    .selectFrom('action_plan_steps')
    .select(['id', 'revision', 'horizon', 'position'])
    .where('id', '=', id)
    .where('bilan_id', '=', bilanId)
    .forUpdate()
    .executeTakeFirst();
}

export async function countSteps(trx: Trx, bilanId: string): Promise<number> {
  const row = await trx
    .selectFrom('action_plan_steps')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('bilan_id', '=', bilanId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Whether the bilan's action plan has at least one step (the checklist's « plan d’action établi »). */
export async function hasActionSteps(db: Trx, bilanId: string): Promise<boolean> {
  const row = await db.selectFrom('action_plan_steps').select('id').where('bilan_id', '=', bilanId).executeTakeFirst();
  return row !== undefined;
}

/** A new step at the end of the plan, or undefined when the id is already taken. */
export async function insertStep(
  trx: Trx,
  row: { id?: string | undefined; organisationId: string; bilanId: string; by: string; now: Date; fields: StepFields },
): Promise<string | undefined> {
  const next = await trx
    .selectFrom('action_plan_steps')
    .select(sql<number>`coalesce(max(position) + 1, 0)::int`.as('next'))
    .where('bilan_id', '=', row.bilanId)
    .executeTakeFirstOrThrow();
  const inserted = await trx
    .insertInto('action_plan_steps')
    .values({
      ...(row.id ? { id: row.id } : {}),
      organisation_id: row.organisationId,
      bilan_id: row.bilanId,
      position: next.next,
      created_by: row.by,
      created_at: row.now,
      updated_by: row.by,
      updated_at: row.now,
      revision: 1,
      ...columnsOf(row.fields),
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

export async function updateStep(trx: Trx, id: string, change: { by: string; now: Date; fields: StepFields }) {
  await trx
    .updateTable('action_plan_steps')
    .set({ ...columnsOf(change.fields), ...changed(change) })
    .where('id', '=', id)
    .execute();
}

export async function updateStepStatus(trx: Trx, id: string, change: { by: string; now: Date; status: StepStatus }) {
  await trx
    .updateTable('action_plan_steps')
    .set({ status: change.status, ...changed(change) })
    .where('id', '=', id)
    .execute();
}

/** The step just before (`up`) or after (`down`) this position in the same horizon, locked, or undefined. */
export function findNeighbour(
  trx: Trx,
  step: { bilanId: string; horizon: Horizon; position: number },
  direction: 'up' | 'down',
) {
  return trx
    .selectFrom('action_plan_steps')
    .select(['id', 'position'])
    .where('bilan_id', '=', step.bilanId)
    .where('horizon', '=', step.horizon)
    .where('position', direction === 'up' ? '<' : '>', step.position)
    .orderBy('position', direction === 'up' ? 'desc' : 'asc')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
}

/** Two steps exchange their places (the order is not content: no revision changes). */
export async function swapPositions(trx: Trx, a: { id: string; position: number }, b: { id: string; position: number }) {
  await trx.updateTable('action_plan_steps').set({ position: b.position }).where('id', '=', a.id).execute();
  await trx.updateTable('action_plan_steps').set({ position: a.position }).where('id', '=', b.id).execute();
}

export async function deleteStep(trx: Trx, id: string) {
  await trx.deleteFrom('action_plan_steps').where('id', '=', id).execute();
}
