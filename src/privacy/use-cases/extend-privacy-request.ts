/**
 * The admin extends a request's deadline by two further months, with the reason the person is told
 * (Art. 12(3)): once, and only until the first deadline. The reminder is due again before the new
 * deadline (decision 048).
 */
import { parisDate } from '../../platform/clock.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { AppError } from '../../shared/errors.ts';
import type { ExtendRequest, RequestView } from '../contracts/schemas.ts';
import { lockOpenRequest, updateRequest } from '../data/request-repository.ts';
import { readRequestViews } from '../data/request-views.ts';
import { canExtend, extendedDueOn } from '../domain/deadline.ts';
import type { RequestKind } from '../domain/model.ts';

export async function extendPrivacyRequest(
  deps: Deps,
  actor: Actor,
  id: string,
  input: ExtendRequest,
): Promise<{ request: RequestView }> {
  requireRole(actor, 'admin');
  const now = deps.clock.now();
  const today = parsePlainDate(parisDate(now));
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockOpenRequest(trx, actor, id);
    const facts = {
      dueOn: parsePlainDate(row.due_on),
      extendedDueOn: row.extended_due_on ? parsePlainDate(row.extended_due_on) : null,
    };
    if (!canExtend(facts, today)) throw new AppError('privacy_request_not_extendable');
    const dueOn = extendedDueOn(parsePlainDate(row.received_on));
    await updateRequest(trx, row.id, {
      extended_due_on: dueOn,
      extension_reason: input.reason,
      status: 'in_progress',
      reminded_at: null,
      updated_at: now,
    });
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'privacy.request_extended',
        subjectType: 'privacy_request',
        subjectId: row.id,
        details: { kind: row.kind as RequestKind, dueOn },
      },
      now,
    );
    const [view] = await readRequestViews(trx, actor.organisationId, today, { id: row.id });
    return { request: view! };
  });
}
