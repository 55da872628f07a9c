/**
 * The admin's view of the e-mail outbox of their organisation (decision 026). Messages without a
 * personal link are listed in full. A personal link (invitation, signature, 360°, évaluation) is
 * never listed: it is masked when e-mails are sent by a server (only the addressee reads it), and
 * on a trial installation the message is opened one at a time, each opening audited
 * (`readOutboxMessage`). Password-reset e-mails never show their body.
 */
import type { OutboxPage } from '../contracts/outbox.ts';
import { listedText, outboxAccess } from '../domain/personal-link.ts';
import { listOutboxRows } from '../data/outbox.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';

const PAGE = 50;

/** The cursor as `nextCursor` writes it: an instant in ISO form (four-digit year) and a uuid. */
const CURSOR =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/**
 * Cursor: `<iso created_at>|<id>` of the last message of the previous page. Anything else (the
 * browser sends it back) means the first page, rather than a query PostgreSQL would refuse.
 */
function parseCursor(cursor: string | undefined): { at: Date; id: string } | undefined {
  const match = CURSOR.exec(cursor ?? '');
  if (!match) return undefined;
  const date = new Date(match[1]!);
  if (Number.isNaN(date.getTime())) return undefined;
  return { at: date, id: match[2]! };
}

export async function listOutbox(deps: Deps, actor: Actor, cursor?: string): Promise<OutboxPage> {
  requireRole(actor, 'admin');
  const after = parseCursor(cursor);
  const rows = await listOutboxRows(deps.db, actor.organisationId, after, PAGE + 1);
  const page = rows.slice(0, PAGE);
  const last = page.at(-1);
  return {
    delivery: deps.mailDelivery,
    messages: page.map((r) => {
      const access = outboxAccess({ kind: r.kind, linkUrl: r.link_url }, deps.mailDelivery);
      return {
        id: r.id,
        kind: r.kind,
        to: r.to_address,
        subject: r.subject,
        createdAt: r.created_at.toISOString(),
        status: r.status,
        sentAt: r.sent_at?.toISOString() ?? null,
        lastError: r.last_error,
        access,
        text: access === 'listed' ? listedText({ textBody: r.text_body, linkUrl: r.link_url }) : null,
        personalLink: r.link_url !== null || r.link_removed_at !== null,
        attachments: r.attachments.map((a) => a.filename),
      };
    }),
    nextCursor: rows.length > PAGE && last ? `${last.created_at.toISOString()}|${last.id}` : null,
  };
}
