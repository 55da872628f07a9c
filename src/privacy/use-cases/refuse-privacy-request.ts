/**
 * The admin refuses a request, with its reason (Art. 12(4): the person is told why, and that they
 * may complain to the CNIL), e.g. a manifestly unfounded request or an identity not established.
 */
import { parisDate } from '../../platform/clock.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { AppError } from '../../shared/errors.ts';
import type { RefuseRequest, RequestView } from '../contracts/schemas.ts';
import { lockOpenRequest, updateRequest } from '../data/request-repository.ts';
import { readRequestViews } from '../data/request-views.ts';
import { deadlineOf } from '../domain/deadline.ts';
import type { RequestKind } from '../domain/model.ts';

export async function refusePrivacyRequest(
  deps: Deps,
  actor: Actor,
  id: string,
  input: RefuseRequest,
): Promise<{ request: RequestView }> {
  requireRole(actor, 'admin');
  const now = deps.clock.now();
  const today = parsePlainDate(parisDate(now));
  const refusedOn = parsePlainDate(input.refusedOn);
  if (refusedOn > today)
    throw new AppError('validation_failed', {
      fields: { refusedOn: 'La date du refus ne peut pas être dans le futur.' },
    });
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockOpenRequest(trx, actor, id);
    if (refusedOn < parsePlainDate(row.received_on))
      throw new AppError('validation_failed', {
        fields: { refusedOn: 'La date du refus ne peut pas précéder la réception de la demande.' },
      });
    await updateRequest(trx, row.id, {
      status: 'refused',
      closed_on: refusedOn,
      answer_summary: input.refusalReason,
      closed_by: actor.userId,
      updated_at: now,
    });
    const deadline = deadlineOf({
      dueOn: parsePlainDate(row.due_on),
      extendedDueOn: row.extended_due_on ? parsePlainDate(row.extended_due_on) : null,
    });
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'privacy.request_refused',
        subjectType: 'privacy_request',
        subjectId: row.id,
        details: { kind: row.kind as RequestKind, onTime: refusedOn <= deadline },
      },
      now,
    );
    const [view] = await readRequestViews(trx, actor.organisationId, today, { id: row.id });
    return { request: view! };
  });
}
