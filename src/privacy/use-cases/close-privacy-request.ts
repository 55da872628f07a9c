/**
 * The closing step shared by answering and refusing a request (decision 048), in the transaction
 * that locked it: the register's row is closed on the given day by the admin, the audit says
 * whether that was on time, and the request is read back as the register shows it.
 */
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { parsePlainDate, type PlainDate } from '../../shared/calendar/plain-date.ts';
import type { RequestView } from '../contracts/schemas.ts';
import { updateRequest, type RequestRow } from '../data/request-repository.ts';
import { readRequestViews } from '../data/request-views.ts';
import { deadlineOf } from '../domain/deadline.ts';
import type { RequestKind } from '../domain/model.ts';

export async function closePrivacyRequest(
  deps: Deps,
  trx: Trx,
  actor: Actor,
  row: RequestRow,
  close: {
    status: 'answered' | 'refused';
    closedOn: PlainDate;
    summary: string;
    now: Date;
    today: PlainDate;
    /** An answer only: when its erasure destroyed bilans' content (null when it destroyed none). */
    contentDestroyedAt?: Date | null;
    /** An erasure's answer only: the bilans whose content was destroyed, and the lead's rows deleted. */
    erased?: { bilansDestroyed: number; leadsErased: number };
  },
): Promise<{ request: RequestView }> {
  const { status, closedOn, now } = close;
  await updateRequest(trx, row.id, {
    status,
    closed_on: closedOn,
    answer_summary: close.summary,
    closed_by: actor.userId,
    ...(close.contentDestroyedAt !== undefined ? { content_destroyed_at: close.contentDestroyedAt } : {}),
    updated_at: now,
  });
  const deadline = deadlineOf({
    dueOn: parsePlainDate(row.due_on),
    extendedDueOn: row.extended_due_on ? parsePlainDate(row.extended_due_on) : null,
  });
  const details = { kind: row.kind as RequestKind, onTime: closedOn <= deadline };
  await deps.audit.record(
    trx,
    auditContext(actor),
    status === 'answered'
      ? {
          action: 'privacy.request_answered',
          subjectType: 'privacy_request',
          subjectId: row.id,
          details: { ...details, ...close.erased },
        }
      : { action: 'privacy.request_refused', subjectType: 'privacy_request', subjectId: row.id, details },
    now,
  );
  const [view] = await readRequestViews(trx, actor.organisationId, close.today, { id: row.id });
  return { request: view! };
}
