/**
 * The checklist of a bilan's current phase as the bilan page and the phase-change guard see it:
 * the items the consultant attests, and the guard's view of the unmet required items.
 */
import type { BilanFacts } from './phases.ts';
import type { Attestations, PhaseChecklist } from './phase-checklists.ts';

/**
 * Items that only the consultant can attest (the others are facts Sillage records itself: the
 * action plan, once attested, is now the plan's steps, decision 042).
 */
export const ATTESTABLE_ITEMS = [
  'career_path_reviewed',
  'expectations_recorded',
  'professional_background_explored',
  'personal_characteristics_explored',
  'environment_explored',
  'project_or_alternatives_identified',
  'detailed_results_presented',
] as const;
export type AttestableItem = (typeof ATTESTABLE_ITEMS)[number];

export function isAttestable(item: string): item is AttestableItem {
  return (ATTESTABLE_ITEMS as readonly string[]).includes(item);
}

export interface BilanChecklistState {
  checklist: PhaseChecklist | null;
  attested: Attestations;
}

/** The guard's view of the bilan: its phase and the unmet required items of its checklist. */
export function factsFrom(phase: BilanFacts['phase'], state: BilanChecklistState): BilanFacts {
  return {
    phase,
    unmetChecklist: (state.checklist?.unmetRequired ?? []).map((i) => ({ code: i.code, label: i.label })),
  };
}
