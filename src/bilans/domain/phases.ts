/**
 * The phases of a bilan de compétences (R6313-4) as a pure state machine.
 *
 * préliminaire → investigation → conclusion → clôturé, and abandonné from any open phase.
 * Guards receive a snapshot of the facts they need (no I/O) and name every unmet condition,
 * so the UI can show the consultant exactly what is missing.
 */
export const PHASES = ['preliminaire', 'investigation', 'conclusion', 'cloture', 'abandonne'] as const;
export type Phase = (typeof PHASES)[number];

export const OPEN_PHASES = ['preliminaire', 'investigation', 'conclusion'] as const satisfies readonly Phase[];
export type OpenPhase = (typeof OPEN_PHASES)[number];

/** The phases a bilan ends in. */
export const ENDED_PHASES = ['cloture', 'abandonne'] as const satisfies readonly Phase[];
export type EndedPhase = (typeof ENDED_PHASES)[number];

export function isOpen(phase: Phase): phase is OpenPhase {
  return (OPEN_PHASES as readonly Phase[]).includes(phase);
}

/** The forward step from each open phase. */
const NEXT: Partial<Record<Phase, Phase>> = {
  preliminaire: 'investigation',
  investigation: 'conclusion',
  conclusion: 'cloture',
};

export function nextPhase(phase: Phase): Phase | undefined {
  return NEXT[phase];
}

/**
 * Facts about a bilan that guards look at: its phase and the required items of the current
 * phase's checklist that are not met (rules/checklists/phase-checklists.ts: consent, charter,
 * need analysis, a conclusion interview, the synthesis delivered, the follow-up offered…).
 */
export interface BilanFacts {
  phase: Phase;
  unmetChecklist: { code: string; label: string }[];
}

/** Why a transition is refused: a stable code; the UI renders it in French from the catalogue. */
export type UnmetCondition =
  | { code: 'not_open' }
  | { code: 'not_next'; from: Phase; to: Phase }
  | { code: 'reason_required' }
  | { code: 'checklist_item'; item: string; label: string };

export type TransitionRequest = { to: Phase; reason?: string | undefined };

export type TransitionCheck = { allowed: true } | { allowed: false; unmet: UnmetCondition[] };

/** Checks whether a bilan with these facts may move as requested. Pure. */
export function checkTransition(facts: BilanFacts, request: TransitionRequest): TransitionCheck {
  const unmet: UnmetCondition[] = [];
  if (!isOpen(facts.phase)) {
    return { allowed: false, unmet: [{ code: 'not_open' }] };
  }
  if (request.to === 'abandonne') {
    if (!request.reason || request.reason.trim().length === 0) unmet.push({ code: 'reason_required' });
  } else if (NEXT[facts.phase] !== request.to) {
    unmet.push({ code: 'not_next', from: facts.phase, to: request.to });
  } else {
    for (const item of facts.unmetChecklist) unmet.push({ code: 'checklist_item', item: item.code, label: item.label });
  }
  return unmet.length === 0 ? { allowed: true } : { allowed: false, unmet };
}

/** The transitions a consultant can be offered from this phase, each with its check. */
export function availableTransitions(facts: BilanFacts): { to: Phase; check: TransitionCheck }[] {
  if (!isOpen(facts.phase)) return [];
  const forward = NEXT[facts.phase];
  const options: { to: Phase; check: TransitionCheck }[] = [];
  if (forward) options.push({ to: forward, check: checkTransition(facts, { to: forward }) });
  // Abandonment needs a reason typed at the moment of the action; it is always offered.
  options.push({ to: 'abandonne', check: { allowed: true } });
  return options;
}
