/**
 * The phases of a bilan as an ordered list, the current one marked (aria-current); an abandoned
 * bilan shows the phases it reached and its abandonment (domain/phase-steps.ts). The dossier adds
 * the current phase's checklist progress.
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

export function PhaseSteps({
  phase,
  abandonedFrom = null,
  progress = null,
}: {
  phase: Phase;
  abandonedFrom?: Phase | null;
  /** The current phase's required checklist items (the dossier's header): met and in all. */
  progress?: { met: number; total: number } | null;
}) {
  const steps = (
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
  if (!progress || progress.total === 0) return steps;
  return (
    <>
      {steps}
      <p className="phase-progress">
        <progress max={progress.total} value={progress.met} aria-hidden="true" />{' '}
        {progress.met === progress.total
          ? `Les ${progress.total} conditions pour passer à la phase suivante sont réunies.`
          : `${progress.met} condition${progress.met > 1 ? 's' : ''} réunie${progress.met > 1 ? 's' : ''} sur ${progress.total} pour passer à la phase suivante.`}
      </p>
    </>
  );
}
