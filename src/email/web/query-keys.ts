/** The query keys of e-mail (decision 021). */
export const emailKeys = {
  all: ['email'] as const,
  /** The admin's view of the outbox, page by page. */
  outbox: ['email', 'outbox'] as const,
  /** One message opened by the admin (an audited reading on a trial installation). */
  message: (id: string) => ['email', 'message', id] as const,
  /** Whether e-mails are sent (the trial installation's warning). */
  delivery: ['email', 'delivery'] as const,
};
