/**
 * The action plan's vocabulary (issue 14, decision 042): the horizons of a step (their French
 * labels are the synthesis's, one wording for both), its statuses, the funding routes (the
 * exploration's training needs' own list), the limits of every text, and the order in which the
 * steps are read: by horizon, then in the order they were written.
 */
import { SYNTHESE_HORIZON_LABELS, type SyntheseHorizon } from '../../synthese/domain/content.ts';

export { FUNDING_ROUTES, FUNDING_ROUTE_LABELS, type FundingRoute } from '../../exploration/domain/model.ts';

export const HORIZONS = ['court', 'moyen', 'long'] as const satisfies readonly SyntheseHorizon[];
export type Horizon = (typeof HORIZONS)[number];
export const HORIZON_LABELS: Record<Horizon, string> = SYNTHESE_HORIZON_LABELS;

export const STEP_STATUSES = ['a_faire', 'en_cours', 'faite', 'abandonnee'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];
export const STEP_STATUS_LABELS: Record<StepStatus, string> = {
  a_faire: 'À faire',
  en_cours: 'En cours',
  faite: 'Faite',
  abandonnee: 'Abandonnée',
};

export const LIMITS = {
  what: 2000,
  who: 200,
  resources: 2000,
  /** Steps of one bilan. */
  steps: 100,
} as const;

interface Ordered {
  horizon: Horizon;
  position: number;
  id: string;
}

/** The steps in reading order: short term first, then in the order they were written. */
export function orderSteps<S extends Ordered>(steps: readonly S[]): S[] {
  return [...steps].sort(
    (a, b) =>
      HORIZONS.indexOf(a.horizon) - HORIZONS.indexOf(b.horizon) ||
      a.position - b.position ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The steps by horizon, every horizon present (an empty one says so on screen). */
export function groupByHorizon<S extends Ordered>(
  steps: readonly S[],
): { horizon: Horizon; label: string; steps: S[] }[] {
  const ordered = orderSteps(steps);
  return HORIZONS.map((horizon) => ({
    horizon,
    label: HORIZON_LABELS[horizon],
    steps: ordered.filter((s) => s.horizon === horizon),
  }));
}

/** How far the plan has gone: steps done out of those not abandoned. */
export function progress(steps: readonly { status: StepStatus }[]): { done: number; total: number } {
  const kept = steps.filter((s) => s.status !== 'abandonnee');
  return { done: kept.filter((s) => s.status === 'faite').length, total: kept.length };
}
