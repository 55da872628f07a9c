/** The admin's view of the e-mail outbox, page by page. */
export interface OutboxMessageView {
  id: string;
  kind: string;
  to: string;
  subject: string;
  createdAt: string;
  status: 'pending' | 'sent' | 'failed';
  sentAt: string | null;
  lastError: string | null;
  /** Null when the body is withheld (password-reset links are never shown to admins). */
  text: string | null;
  /** File names of the attachments (e.g. a calendar invitation). */
  attachments: string[];
}

export interface OutboxPage {
  delivery: 'smtp' | 'outbox';
  messages: OutboxMessageView[];
  nextCursor: string | null;
}
