/**
 * The steps of a bilan as its phase bar shows them. An open or closed bilan walks préliminaire →
 * investigation → conclusion → clôturé. An abandoned one shows the phases it went through, the
 * phase it stopped in, the ones it never reached, and the abandonment as its last step.
 */
import type { Phase } from './phases.ts';

export type StepState = 'done' | 'current' | 'upcoming' | 'interrupted' | 'not_reached';

const WALK: Phase[] = ['preliminaire', 'investigation', 'conclusion', 'cloture'];

/** `abandonedFrom`: the phase the bilan was in when abandoned (null when unknown or not abandoned). */
export function phaseSteps(phase: Phase, abandonedFrom: Phase | null): { phase: Phase; state: StepState }[] {
  if (phase !== 'abandonne') {
    const current = WALK.indexOf(phase);
    return WALK.map((p, index) => ({
      phase: p,
      state: index < current ? 'done' : index === current ? 'current' : 'upcoming',
    }));
  }
  const stopped = abandonedFrom ? WALK.indexOf(abandonedFrom) : -1;
  const reached: { phase: Phase; state: StepState }[] = WALK.slice(0, 3).map((p, index) => ({
    phase: p,
    state: index < stopped ? 'done' : index === stopped ? 'interrupted' : 'not_reached',
  }));
  return [...reached, { phase: 'abandonne', state: 'current' }];
}

/** The phase an abandoned bilan stopped in, from its phase history. */
export function abandonedFrom(phase: Phase, history: { from: Phase; to: Phase }[]): Phase | null {
  if (phase !== 'abandonne') return null;
  return history.findLast((h) => h.to === 'abandonne')?.from ?? null;
}
