/**
 * The admin's view of the e-mail outbox of their organisation. Invitation e-mails are shown in
 * full (so invitations work with no SMTP server); password-reset e-mails never show their body,
 * since their link would let an admin take over the account.
 */
import type { OutboxPage } from '../contracts/outbox.ts';
import { listOutboxRows } from '../data/outbox.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';

const WITHHELD_KINDS = new Set(['password_reset']);
const PAGE = 50;

/** Cursor: `<iso created_at>|<id>` of the last message of the previous page. */
function parseCursor(cursor: string | undefined): { at: Date; id: string } | undefined {
  if (!cursor) return undefined;
  const [at, id] = cursor.split('|');
  const date = new Date(at ?? '');
  if (!id || Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/.test(id)) return undefined;
  return { at: date, id };
}

export async function listOutbox(deps: Deps, actor: Actor, cursor?: string): Promise<OutboxPage> {
  requireRole(actor, 'admin');
  const after = parseCursor(cursor);
  const rows = await listOutboxRows(deps.db, actor.organisationId, after, PAGE + 1);
  const page = rows.slice(0, PAGE);
  const last = page.at(-1);
  return {
    delivery: deps.mailDelivery,
    messages: page.map((r) => ({
      id: r.id,
      kind: r.kind,
      to: r.to_address,
      subject: r.subject,
      createdAt: r.created_at.toISOString(),
      status: r.status,
      sentAt: r.sent_at?.toISOString() ?? null,
      lastError: r.last_error,
      text: WITHHELD_KINDS.has(r.kind) ? null : r.text_body,
      attachments: r.attachments.map((a) => a.filename),
    })),
    nextCursor: rows.length > PAGE && last ? `${last.created_at.toISOString()}|${last.id}` : null,
  };
}
