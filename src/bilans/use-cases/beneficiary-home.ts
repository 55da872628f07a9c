/**
 * The beneficiary's home: their current (or latest) bilan, its phase, what comes next and their
 * consultant. Reading one's own bilan is not audited (only reads by others are).
 */
import type { BeneficiaryHome } from '../contracts/schemas.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { bilanSummaryQuery, toSummary } from './bilan-queries.ts';
import { sql } from 'kysely';
import { OPEN_PHASES } from '../domain/phases.ts';

export async function beneficiaryHome(deps: Deps, actor: Actor): Promise<BeneficiaryHome> {
  requireRole(actor, 'beneficiary');
  const now = deps.clock.now();
  const row = await bilanSummaryQuery(deps.db, now)
    .innerJoin('users as c', 'c.id', 'b.consultant_id')
    .select(['c.first_name as c_first', 'c.last_name as c_last', 'c.email as c_email'])
    .where('b.organisation_id', '=', actor.organisationId)
    .where('b.beneficiary_id', '=', actor.userId)
    // The open bilan if there is one, else the latest.
    .orderBy(sql`b.phase in (${sql.join(OPEN_PHASES)})`, 'desc')
    .orderBy('b.created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  const organisation = await deps.db
    .selectFrom('organisations')
    .select('name')
    .where('id', '=', actor.organisationId)
    .executeTakeFirstOrThrow();
  if (!row) return { bilan: null, consultant: null, organisationName: organisation.name };
  const summary = toSummary(row, now);
  return {
    bilan: {
      id: row.id,
      phase: row.phase,
      financing: row.financing,
      plannedMinutes: summary.plannedMinutes,
      doneMinutes: summary.doneMinutes,
      nextStep: summary.nextStep,
      createdAt: summary.createdAt,
      phaseChangedAt: row.phase_changed_at.toISOString(),
    },
    consultant: { firstName: row.c_first, lastName: row.c_last, email: row.c_email },
    organisationName: organisation.name,
  };
}
