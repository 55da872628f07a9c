/**
 * The bilan's query keys (decision 021). Every capability keeps such a factory in
 * `web/query-keys.ts`: keys start with the capability's name, so a change invalidates only the
 * queries it affects. Other capabilities invalidate `summary(id)` when a change moves the bilan's
 * hours, phase or counters, and `checklist(id)` when it changes one of the checklist's facts.
 */
export const bilanKeys = {
  all: ['bilans'] as const,
  /** The consultant's home: their bilans and what needs doing. */
  consultantHome: ['bilans', 'consultant-home'] as const,
  /** The beneficiary's own bilan (their home). */
  mine: ['bilans', 'mine'] as const,
  summary: (id: string) => ['bilans', id, 'summary'] as const,
  checklist: (id: string) => ['bilans', id, 'checklist'] as const,
  consent: (id: string) => ['bilans', id, 'consent'] as const,
  charter: (id: string) => ['bilans', id, 'charter'] as const,
};
