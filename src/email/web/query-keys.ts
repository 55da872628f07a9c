/** The query keys of e-mail (decision 021). */
export const emailKeys = {
  all: ['email'] as const,
  /** The admin's view of the outbox, page by page. */
  outbox: ['email', 'outbox'] as const,
};
