/**
 * The improvement actions register (indicator 32): list with how many complaints each answers,
 * find (locked), insert, update.
 */
import { sql } from 'kysely';
import type { Trx } from '../../platform/db/kysely.ts';
import type { ImprovementActionView } from '../contracts/schemas.ts';
import { isOverdueAction, type ActionSource, type ActionStatus } from '../domain/registers.ts';
import { findRevisioned, insertRevisioned, updateRevisioned } from './revisioned.ts';

export interface ActionFields {
  source: ActionSource;
  action: string;
  owner: string | null;
  dueOn: string | null;
  status: ActionStatus;
  effect: string | null;
}

const columnsOf = (f: ActionFields) => ({
  source: f.source,
  action: f.action,
  owner: f.owner,
  due_on: f.dueOn,
  status: f.status,
  effect: f.effect,
});

/** The organisation's actions, latest first, or one of them; `today` says which are overdue. */
export async function listActions(
  db: Trx,
  organisationId: string,
  today: string,
  id?: string,
): Promise<ImprovementActionView[]> {
  let query = db
    .selectFrom('quality_improvement_actions as a')
    .select((eb) => [
      'a.id',
      'a.revision',
      'a.source',
      'a.action',
      'a.owner',
      sql<string | null>`to_char(a.due_on, 'YYYY-MM-DD')`.as('due_on'),
      'a.status',
      'a.effect',
      'a.created_at',
      'a.updated_at',
      eb
        .selectFrom('quality_complaints as c')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('c.improvement_action_id', '=', 'a.id')
        .as('complaints'),
    ])
    .where('a.organisation_id', '=', organisationId);
  if (id) query = query.where('a.id', '=', id);
  const rows = await query.orderBy('a.created_at', 'desc').execute();
  return rows.map((r) => {
    const status = r.status as ActionStatus;
    return {
      id: r.id,
      revision: r.revision,
      source: r.source as ActionSource,
      action: r.action,
      owner: r.owner,
      dueOn: r.due_on,
      status,
      effect: r.effect,
      overdue: isOverdueAction({ status, dueOn: r.due_on }, today),
      complaints: Number(r.complaints ?? 0),
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
    };
  });
}

/** The organisation's action, locked for the transaction, or undefined. */
export const findAction = (trx: Trx, organisationId: string, id: string) =>
  findRevisioned(trx, 'quality_improvement_actions', organisationId, id);

/** A new action, or undefined when the id is already taken. */
export const insertAction = (
  trx: Trx,
  row: { id?: string | undefined; organisationId: string; by: string; now: Date; fields: ActionFields },
) => insertRevisioned(trx, 'quality_improvement_actions', { ...row, columns: columnsOf(row.fields) });

export const updateAction = (trx: Trx, id: string, change: { by: string; now: Date; fields: ActionFields }) =>
  updateRevisioned(trx, 'quality_improvement_actions', id, { ...change, columns: columnsOf(change.fields) });
