/** The admin's view of the e-mail outbox, page by page (personal links: decision 026). */
import type { OutboxAccess } from '../domain/personal-link.ts';

export interface OutboxMessageView {
  id: string;
  kind: string;
  to: string;
  subject: string;
  createdAt: string;
  status: 'pending' | 'sent' | 'failed';
  sentAt: string | null;
  lastError: string | null;
  /**
   * `listed`: `text` is the body, any personal link masked; `on_request`: a trial installation's
   * message carrying a personal link, read one at a time through `outboxMessage` (recorded in the
   * audit log), `text` is null; `withheld`: never shown (password resets), `text` is null.
   */
  access: OutboxAccess;
  text: string | null;
  /** True when the message carries, or carried, a personal single-use link. */
  personalLink: boolean;
  /** File names of the attachments (e.g. a calendar invitation). */
  attachments: string[];
}

export interface OutboxPage {
  delivery: 'smtp' | 'outbox';
  messages: OutboxMessageView[];
  nextCursor: string | null;
}

/** One message opened by an admin: on a trial installation, with its personal link. */
export interface OutboxMessageText {
  text: string | null;
}

/** How this installation delivers e-mails: by an e-mail server, or not at all (trial: the outbox). */
export interface EmailDeliveryView {
  delivery: 'smtp' | 'outbox';
}
