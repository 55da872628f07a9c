/** The register's and « Mes droits »'s views of requests, with their deadline computed for today. */
import type { Trx } from '../../platform/db/kysely.ts';
import { parsePlainDate, type PlainDate } from '../../shared/calendar/plain-date.ts';
import type { MyRequestView, RequestView } from '../contracts/schemas.ts';
import { canExtend, daysLeft, deadlineOf, deadlineState } from '../domain/deadline.ts';
import { isOpenStatus, type Channel, type RequestKind, type RequestStatus, type SubjectType } from '../domain/model.ts';
import { listBilansOfRequests, listRequestRows, type RequestRow } from './request-repository.ts';

function toView(row: RequestRow, today: PlainDate, hasBilan: boolean): RequestView {
  const facts = {
    dueOn: parsePlainDate(row.due_on),
    extendedDueOn: row.extended_due_on ? parsePlainDate(row.extended_due_on) : null,
  };
  const deadline = deadlineOf(facts);
  const status = row.status as RequestStatus;
  const open = isOpenStatus(status);
  return {
    id: row.id,
    kind: row.kind as RequestKind,
    channel: row.channel as Channel,
    subjectType: row.subject_type as SubjectType,
    personName: row.person_name,
    personEmail: row.person_email,
    beneficiaryId: row.beneficiary_id,
    leadId: row.lead_id,
    message: row.message,
    receivedOn: row.received_on,
    dueOn: row.due_on,
    extendedDueOn: row.extended_due_on,
    extensionReason: row.extension_reason,
    deadline,
    state: open ? deadlineState(deadline, today) : null,
    daysLeft: open ? daysLeft(deadline, today) : null,
    canExtend: open && canExtend(facts, today),
    status,
    closedOn: row.closed_on,
    answerSummary: row.answer_summary,
    hasBilan,
    contentDestroyedAt: row.content_destroyed_at ? row.content_destroyed_at.toISOString() : null,
  };
}

export async function readRequestViews(
  db: Trx,
  organisationId: string,
  today: PlainDate,
  filter: { id?: string; beneficiaryId?: string } = {},
): Promise<RequestView[]> {
  const rows = await listRequestRows(db, organisationId, filter);
  const withBilan = new Set(
    (
      await listBilansOfRequests(
        db,
        organisationId,
        rows.filter((r) => r.beneficiary_id).map((r) => r.id),
      )
    ).map((b) => b.request_id),
  );
  return rows.map((row) => toView(row, today, withBilan.has(row.id)));
}

/** What the person reads of their own request: no channel, no deadline bookkeeping. */
export function myView(view: RequestView): MyRequestView {
  return {
    id: view.id,
    kind: view.kind,
    message: view.message,
    receivedOn: view.receivedOn,
    deadline: view.deadline,
    extensionReason: view.extensionReason,
    status: view.status,
    closedOn: view.closedOn,
    answerSummary: view.answerSummary,
  };
}
