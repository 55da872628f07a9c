/** The query keys of the audit log (decision 021). */
export const auditKeys = {
  all: ['audit'] as const,
  /** The admin's journal, page by page. */
  journal: ['audit', 'journal'] as const,
  /** « Qui a consulté mes données » of a bilan, page by page. */
  contentReads: (bilanId: string) => ['audit', bilanId, 'consultations'] as const,
};
