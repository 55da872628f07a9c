/**
 * Personal links in e-mails (decision 026). A link whose token is a credential (an invitation, a
 * password reset, the employer's signature link, a 360° respondent's link, an évaluation) is meant
 * for its addressee alone: the stored bodies hold it only while they are the way to deliver it,
 * and the admin's view of the outbox never lists it.
 */
import { escapeHtml } from './message.ts';

/** What the admin's list shows instead of a personal link. */
export const LINK_MASK = '[lien personnel masqué]';
/** What the stored bodies hold instead of a personal link once it is delivered or expired. */
export const LINK_REMOVED = '[lien personnel retiré]';
/** The bodies of a message whose link could not be isolated (it never happens with `composeEmail`). */
const BODY_REMOVED = 'Contenu retiré : ce courriel contenait un lien personnel.';

/** Password-reset e-mails are never shown to admins, even on a trial installation: the link would open the account. */
const NEVER_SHOWN_KINDS: ReadonlySet<string> = new Set(['password_reset']);

/** The secret part of a link: its last path segment (the token), or the whole link if that is short. */
function secretOf(link: string): string {
  const last = link.slice(link.lastIndexOf('/') + 1);
  return last.length >= 16 ? last : link;
}

/**
 * The bodies with every occurrence of `link` (raw in the text, escaped in the HTML) replaced by
 * `mask`. Should the token still appear anywhere, the bodies are dropped altogether.
 */
export function withoutLink(
  bodies: { text: string; html: string },
  link: string,
  mask: string,
): { text: string; html: string } {
  const text = bodies.text.replaceAll(link, mask);
  const html = bodies.html.replaceAll(escapeHtml(link), escapeHtml(mask)).replaceAll(link, escapeHtml(mask));
  const secret = secretOf(link);
  if (text.includes(secret) || html.includes(secret)) {
    return { text: BODY_REMOVED, html: `<p>${escapeHtml(BODY_REMOVED)}</p>` };
  }
  return { text, html };
}

/**
 * How the admin's outbox shows a message:
 * - `listed`: its body in the list, with any personal link masked (no link, a link already
 *   removed, or an installation that sends e-mails: nobody but the addressee reads the link);
 * - `on_request`: a trial installation (no e-mail server), where the outbox is the only way to
 *   pass the link on: the body is not listed, and opening it is recorded in the audit log;
 * - `withheld`: never shown (password resets).
 */
export type OutboxAccess = 'listed' | 'on_request' | 'withheld';

export function outboxAccess(
  message: { kind: string; linkUrl: string | null },
  delivery: 'smtp' | 'outbox',
): OutboxAccess {
  if (NEVER_SHOWN_KINDS.has(message.kind)) return 'withheld';
  if (message.linkUrl !== null && delivery === 'outbox') return 'on_request';
  return 'listed';
}

/** The text body as the admin's list shows it: the personal link, if still there, masked. */
export function listedText(message: { textBody: string; linkUrl: string | null }): string {
  if (message.linkUrl === null) return message.textBody;
  return withoutLink({ text: message.textBody, html: '' }, message.linkUrl, LINK_MASK).text;
}
