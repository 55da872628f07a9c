/** « Mes droits »: the beneficiary's own requests, with their status and deadline (decision 048). */
import { parisDate } from '../../platform/clock.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import type { MyRequestsView } from '../contracts/schemas.ts';
import { myView, readRequestViews } from '../data/request-views.ts';

export async function listMyPrivacyRequests(deps: Deps, actor: Actor): Promise<MyRequestsView> {
  requireRole(actor, 'beneficiary');
  const today = parsePlainDate(parisDate(deps.clock.now()));
  const views = await readRequestViews(deps.db, actor.organisationId, today, { beneficiaryId: actor.userId });
  return { requests: views.map(myView) };
}
