/**
 * The bilan's query keys (decision 021). Every capability keeps such a factory in
 * `web/query-keys.ts`: keys start with the capability's name, so a change invalidates only the
 * queries it affects. Other capabilities invalidate `summary(id)` when a change moves the bilan's
 * hours, phase or counters, and `checklist(id)` when it changes one of the checklist's facts.
 */
import type { Query, QueryClient } from '@tanstack/react-query';

export const bilanKeys = {
  all: ['bilans'] as const,
  /** The consultant's home: their bilans and what needs doing. */
  consultantHome: ['bilans', 'consultant-home'] as const,
  /** The beneficiary's own bilan (their home). */
  mine: ['bilans', 'mine'] as const,
  /** The bilan page (`GET /bilans/:id`): phase, hours, next step, invitation, possible transitions. */
  summary: (id: string) => ['bilans', id, 'summary'] as const,
  checklist: (id: string) => ['bilans', id, 'checklist'] as const,
  consent: (id: string) => ['bilans', id, 'consent'] as const,
  charter: (id: string) => ['bilans', id, 'charter'] as const,
};

/**
 * A change of one of the closure checklist's facts (a synthèse delivered, a follow-up offered, a
 * step of the plan…): the checklist and the bilan's summary, whose possible transitions follow
 * the checklist, are read again.
 */
export function checklistFactChanged(client: QueryClient, id: string): void {
  void client.invalidateQueries({ queryKey: bilanKeys.checklist(id) });
  void client.invalidateQueries({ queryKey: bilanKeys.summary(id) });
}

/**
 * Every query about one bilan, whatever its capability (bilan-scoped keys contain the bilan's id):
 * what a phase change affects, since closing or abandoning a bilan cancels its séances, issues
 * its certificate and ends what can still be done in it.
 */
export function everyQueryOfBilan(id: string): { predicate: (query: Query) => boolean } {
  return { predicate: (query) => query.queryKey.includes(id) };
}
