/** The admin takes a received request in hand: it reads « en cours de traitement » (decision 048). */
import { parisDate } from '../../platform/clock.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import type { RequestView } from '../contracts/schemas.ts';
import { lockOpenRequest, updateRequest } from '../data/request-repository.ts';
import { readRequestViews } from '../data/request-views.ts';

export async function startPrivacyRequest(deps: Deps, actor: Actor, id: string): Promise<{ request: RequestView }> {
  requireRole(actor, 'admin');
  const now = deps.clock.now();
  const today = parsePlainDate(parisDate(now));
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockOpenRequest(trx, actor, id);
    if (row.status === 'received') await updateRequest(trx, row.id, { status: 'in_progress', updated_at: now });
    const [view] = await readRequestViews(trx, actor.organisationId, today, { id: row.id });
    return { request: view! };
  });
}
