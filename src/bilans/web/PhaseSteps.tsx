/**
 * The phases of a bilan as an ordered list, the current one marked (aria-current); an abandoned
 * bilan shows the phases it reached and its abandonment (domain/phase-steps.ts).
 */
import { PHASE_LABELS } from '../contracts/labels.ts';
import type { Phase } from '../domain/phases.ts';
import { phaseSteps, type StepState } from '../domain/phase-steps.ts';

const SPOKEN: Record<StepState, string> = {
  done: ' (terminée)',
  current: ' (en cours)',
  upcoming: ' (à venir)',
  interrupted: ' (interrompue pendant cette phase)',
  not_reached: ' (non réalisée)',
};

export function PhaseSteps({ phase, abandonedFrom = null }: { phase: Phase; abandonedFrom?: Phase | null }) {
  return (
    <ol className="phase-steps" aria-label="Étapes du bilan">
      {phaseSteps(phase, abandonedFrom).map(({ phase: p, state }) => (
        <li key={p} className={`step step-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
          {PHASE_LABELS[p]}
          <span className="visually-hidden">
            {p === 'abandonne' || (p === 'cloture' && state === 'current') ? '' : SPOKEN[state]}
          </span>
        </li>
      ))}
    </ol>
  );
}
