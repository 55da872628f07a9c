/**
 * The steps of a bilan's action plan as people read them: in the plan's order, with the title of
 * the piste and the content of the training need they serve (read through the exploration's own
 * data access), and who created and last changed each step, by name. `listActionSteps` is also
 * what other capabilities read the plan with (the document de synthèse).
 */
import { sql, type RawBuilder } from 'kysely';
import type { Trx } from '../../platform/db/kysely.ts';
import { readExplorationRows } from '../../exploration/data/exploration-read.ts';
import type { ActionStepView, PersonRef } from '../contracts/schemas.ts';
import { orderSteps, type FundingRoute, type Horizon, type StepStatus } from '../domain/model.ts';

interface StepRow {
  id: string;
  position: number;
  revision: number;
  horizon: Horizon;
  what: string;
  who: string | null;
  by_when: string | null;
  resources: string | null;
  funding: FundingRoute | null;
  status: StepStatus;
  piste_id: string | null;
  training_need_id: string | null;
  created_at: string;
  created_by: PersonRef;
  updated_at: string;
  updated_by: PersonRef;
}

const iso = (column: RawBuilder<unknown>) => sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const person = (alias: string) =>
  sql`json_build_object('id', ${sql.ref(`${alias}.id`)}, 'name', ${sql.ref(`${alias}.first_name`)} || ' ' || ${sql.ref(`${alias}.last_name`)}, 'role', ${sql.ref(`${alias}.role`)})`;

/** The bilan's steps, in the plan's order (by horizon, then as written), links resolved. */
export async function listActionSteps(db: Trx, organisationId: string, bilanId: string, stepId?: string): Promise<ActionStepView[]> {
  const [{ rows }, exploration] = await Promise.all([
    sql<StepRow>`
      SELECT s.id, s.position, s.revision, s.horizon, s.what, s.who, to_char(s.by_when, 'YYYY-MM-DD') AS by_when,
             s.resources, s.funding, s.status, s.piste_id, s.training_need_id,
             ${iso(sql.ref('s.created_at'))} AS created_at, ${person('cu')} AS created_by,
             ${iso(sql.ref('s.updated_at'))} AS updated_at, ${person('uu')} AS updated_by
        FROM action_plan_steps s
        JOIN users cu ON cu.id = s.created_by
        JOIN users uu ON uu.id = s.updated_by
       WHERE s.bilan_id = ${bilanId} AND s.organisation_id = ${organisationId}
             ${stepId ? sql`AND s.id = ${stepId}` : sql``}`.execute(db),
    readExplorationRows(db, organisationId, bilanId),
  ]);
  const pistes = new Map(exploration.pistes.map((p) => [p.id, p.title]));
  const needs = new Map(exploration.trainingNeeds.map((t) => [t.id, t.content]));
  return orderSteps(
    rows.map((r): ActionStepView => {
      const pisteTitle = r.piste_id ? pistes.get(r.piste_id) : undefined;
      const needContent = r.training_need_id ? needs.get(r.training_need_id) : undefined;
      return {
        id: r.id,
        position: r.position,
        revision: r.revision,
        horizon: r.horizon,
        what: r.what,
        who: r.who,
        byWhen: r.by_when,
        resources: r.resources,
        funding: r.funding,
        status: r.status,
        piste: r.piste_id && pisteTitle !== undefined ? { id: r.piste_id, title: pisteTitle } : null,
        trainingNeed:
          r.training_need_id && needContent !== undefined ? { id: r.training_need_id, content: needContent } : null,
        createdAt: r.created_at,
        createdBy: r.created_by,
        updatedAt: r.updated_at,
        updatedBy: r.updated_by,
      };
    }),
  );
}

/** One step of the bilan as people read it (after a save, or as the current version of a 409). */
export async function readActionStep(db: Trx, organisationId: string, bilanId: string, stepId: string): Promise<ActionStepView> {
  const [step] = await listActionSteps(db, organisationId, bilanId, stepId);
  if (!step) throw new Error(`action plan step ${stepId} not found`);
  return step;
}
