/**
 * An admin opens one message of the outbox (decision 026). On a trial installation (no e-mail
 * server), a message carrying a personal link is shown with it, since the outbox is then the only
 * way to pass the link on; that reading is written in the audit log (which message, never its
 * content). Otherwise the text is what the list shows: personal links masked, password resets
 * withheld. Another organisation's message is not found.
 */
import type { OutboxMessageText } from '../contracts/outbox.ts';
import { listedText, outboxAccess } from '../domain/personal-link.ts';
import { findOutboxMessage } from '../data/outbox.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';

export async function readOutboxMessage(deps: Deps, actor: Actor, messageId: string): Promise<OutboxMessageText> {
  requireRole(actor, 'admin');
  const row = (await findOutboxMessage(deps.db, actor.organisationId, messageId)) ?? notFound();
  const access = outboxAccess({ kind: row.kind, linkUrl: row.link_url }, deps.mailDelivery);
  if (access === 'withheld') return { text: null };
  if (access === 'listed') return { text: listedText({ textBody: row.text_body, linkUrl: row.link_url }) };
  await deps.audit.record(
    deps.db,
    auditContext(actor),
    { action: 'outbox.message_viewed', subjectType: 'email', subjectId: row.id, details: { kind: row.kind } },
    deps.clock.now(),
  );
  return { text: row.text_body };
}
