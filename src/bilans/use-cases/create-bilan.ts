/**
 * A consultant opens a bilan for a beneficiary (see `insertBilan`), after checking the planned
 * hours against the rules in force today.
 */
import { parisDate } from '../../platform/clock.ts';
import { plannedHoursProblem } from '../domain/planned-hours.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import type { CreateBilan } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { insertBilan } from './insert-bilan.ts';

export async function createBilan(
  deps: Deps,
  actor: Actor,
  input: CreateBilan,
): Promise<{ bilanId: string; beneficiaryId: string }> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  const problem = plannedHoursProblem(input.plannedHours, input.financing, parsePlainDate(parisDate(now)));
  if (problem) throw new AppError('validation_failed', { fields: { plannedHours: problem.message } });

  const result = await deps.db.transaction().execute((trx) => insertBilan(trx, deps, actor, input, now));
  deps.emailsQueued();
  return result;
}
