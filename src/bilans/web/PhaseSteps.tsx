/** The three phases of a bilan as an ordered list, the current one marked (aria-current). */
import { PHASE_LABELS } from '../contracts/labels.ts';
import type { Phase } from '../domain/phases.ts';

const ORDER: Phase[] = ['preliminaire', 'investigation', 'conclusion', 'cloture'];

export function PhaseSteps({ phase }: { phase: Phase }) {
  const current = ORDER.indexOf(phase);
  return (
    <ol className="phase-steps" aria-label="Étapes du bilan">
      {ORDER.map((p, index) => {
        const state =
          phase === 'abandonne' ? 'todo' : index < current ? 'done' : index === current ? 'current' : 'todo';
        return (
          <li key={p} className={`step step-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            {PHASE_LABELS[p]}
            <span className="visually-hidden">
              {state === 'done' ? ' (terminée)' : state === 'current' ? ' (en cours)' : ' (à venir)'}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
