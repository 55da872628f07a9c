/**
 * The action plan's steps, read from their owner's table (`action_plan_steps`, migration 0024 of
 * the action plan) for the pre-fill of « Les principales étapes » and the steps frozen in a
 * version. Read only; the synthesis never writes them.
 */
import { sql } from 'kysely';
import type { Trx } from '../../platform/db/kysely.ts';
import type { ActionStepInput } from '../domain/prefill.ts';

/**
 * The bilan's steps in the plan's order. On an installation whose schema does not hold the action
 * plan yet, there are none (checked first, since a query naming a missing table fails).
 */
export async function readActionPlanSteps(db: Trx, organisationId: string, bilanId: string): Promise<ActionStepInput[]> {
  const { rows: present } = await sql<{ present: boolean }>`
    SELECT to_regclass('action_plan_steps') IS NOT NULL AS present`.execute(db);
  if (!present[0]?.present) return [];
  const { rows } = await sql<{
    horizon: ActionStepInput['horizon'];
    what: string;
    who: string | null;
    by_when: string | null;
    resources: string | null;
    funding: string | null;
    status: string;
  }>`
    SELECT s.horizon, s.what, s.who, to_char(s.by_when, 'YYYY-MM-DD') AS by_when, s.resources, s.funding, s.status
      FROM action_plan_steps s
     WHERE s.bilan_id = ${bilanId} AND s.organisation_id = ${organisationId}
     ORDER BY s.position, s.id`.execute(db);
  return rows.map((r) => ({
    horizon: r.horizon,
    what: r.what,
    who: r.who,
    byWhen: r.by_when,
    resources: r.resources,
    funding: r.funding,
    status: r.status,
  }));
}
