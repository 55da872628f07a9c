/**
 * The figures a version carries besides its text (decision 043): the RIASEC profile and the
 * retained projects' desire and feasibility as bar charts, each with a French `alt` that says the
 * whole chart, and the action plan's steps. Frozen in the version when it is published, so that
 * the approved document never changes afterwards. Pure.
 */
import type { SyntheseActionStep, SyntheseChart } from './content.ts';
import { stepStatusLabel, type ActionStepInput } from './prefill.ts';

export interface SyntheseFigures {
  riasec: SyntheseChart | null;
  pistes: SyntheseChart[];
  steps: SyntheseActionStep[];
}

const FEASIBILITY_VALUE: Record<string, number> = { faible: 1, moyenne: 2, elevee: 3 };

const fr = (n: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(n);

/** The six RIASEC scores (8 to 40 points) as bars, or null without a scored result. */
export function riasecChart(
  scores: { label: string; value: number }[] | null,
  submittedOn: string | null,
): SyntheseChart | null {
  if (!scores || scores.length === 0) return null;
  const [y, m, d] = (submittedOn ?? '').split('-');
  return {
    title: 'Vos centres d’intérêt professionnels (RIASEC)',
    alt: `Profil d’intérêts RIASEC${submittedOn ? ` du ${d}/${m}/${y}` : ''}, de 8 à 40 points : ${scores.map((s) => `${s.label} ${fr(s.value)} points`).join(', ')}.`,
    unit: 'points',
    max: 40,
    bars: scores.map((s) => ({ label: s.label, value: s.value })),
  };
}

/** The retained projects' desire (out of 5) and feasibility (out of 3), when there are any. */
export function pistesCharts(
  pistes: { title: string; status: string; desire: number | null; feasibilityLevel: string }[],
): SyntheseChart[] {
  const retained = pistes.filter((p) => p.status === 'retenue' || p.status === 'plan_b');
  const charts: SyntheseChart[] = [];
  const desired = retained.filter((p) => p.desire !== null);
  if (desired.length > 0)
    charts.push({
      title: 'L’envie pour chaque projet',
      alt: `Envie pour chaque projet, sur 5 : ${desired.map((p) => `${p.title} ${p.desire} sur 5`).join(', ')}.`,
      unit: '/ 5',
      max: 5,
      bars: desired.map((p) => ({ label: p.title, value: p.desire! })),
    });
  const assessed = retained.filter((p) => FEASIBILITY_VALUE[p.feasibilityLevel] !== undefined);
  if (assessed.length > 0)
    charts.push({
      title: 'La faisabilité de chaque projet',
      alt: `Faisabilité de chaque projet, de 1 (faible) à 3 (élevée) : ${assessed
        .map((p) => `${p.title} ${FEASIBILITY_VALUE[p.feasibilityLevel]} sur 3`)
        .join(', ')}.`,
      unit: '/ 3',
      max: 3,
      bars: assessed.map((p) => ({ label: p.title, value: FEASIBILITY_VALUE[p.feasibilityLevel]! })),
    });
  return charts;
}

export function actionSteps(steps: ActionStepInput[]): SyntheseActionStep[] {
  const order = { court: 0, moyen: 1, long: 2 } as const;
  return steps
    .map((s, n) => ({ s, n }))
    .sort((a, b) => order[a.s.horizon] - order[b.s.horizon] || a.n - b.n)
    .map(({ s }) => ({
      horizon: s.horizon,
      what: s.what,
      who: s.who ?? '',
      byWhen: s.byWhen,
      resources: s.resources ?? '',
      funding: s.funding ?? '',
      statusLabel: stepStatusLabel(s.status),
    }));
}
