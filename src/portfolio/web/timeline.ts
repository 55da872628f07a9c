/**
 * Pure helpers of the parcours: the order of the timeline (most recent first, like a CV: the
 * experience that started last on top, one still going on before one that ended the same month),
 * the words of a period and of a satisfaction, and the points of the "highs and lows" chart
 * (chronological, left to right). No React, no I/O: unit-tested.
 */
import type { CompetenceView, DomainView, ExperienceView } from '../contracts/schemas.ts';
import { monthYear } from '../domain/portfolio-pdf.ts';

type Dated = Pick<ExperienceView, 'id' | 'startedOn' | 'endedOn' | 'position'>;

/** Most recent first: later start first; same start, still going on (or ending later) first. */
export function timelineOrder<T extends Dated>(experiences: readonly T[]): T[] {
  return [...experiences].sort(
    (a, b) =>
      b.startedOn.localeCompare(a.startedOn) ||
      (b.endedOn ?? '9999-12-31').localeCompare(a.endedOn ?? '9999-12-31') ||
      a.position - b.position ||
      a.id.localeCompare(b.id),
  );
}

/** The words of each satisfaction level, 1 (a low) to 5 (a high). */
export const SATISFACTION_WORDS: Record<number, string> = {
  1: 'Très mal vécue',
  2: 'Plutôt mal vécue',
  3: 'Mitigée',
  4: 'Plutôt bien vécue',
  5: 'Très bien vécue',
};

export interface ChartPoint {
  id: string;
  x: number;
  y: number;
  satisfaction: number;
  title: string;
  startedOn: string;
}

export interface ChartGeometry {
  width: number;
  height: number;
  /** Inner margin, so that the dots and the scale fit. */
  padding: number;
}

const dayOf = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/**
 * The chart's points: the experiences with a satisfaction, in chronological order; x by start date
 * across the span from the first start to the last one, y from 1 (bottom) to 5 (top). One point
 * alone sits in the middle.
 */
export function chartPoints(
  experiences: readonly Pick<ExperienceView, 'id' | 'startedOn' | 'satisfaction' | 'title' | 'position'>[],
  { width, height, padding }: ChartGeometry,
): ChartPoint[] {
  const rated = [...experiences]
    .filter((e): e is typeof e & { satisfaction: number } => e.satisfaction !== null)
    .sort((a, b) => a.startedOn.localeCompare(b.startedOn) || a.position - b.position);
  if (rated.length === 0) return [];
  const first = dayOf(rated[0]!.startedOn);
  const last = dayOf(rated[rated.length - 1]!.startedOn);
  const span = last - first;
  const innerW = width - 2 * padding;
  const innerH = height - 2 * padding;
  return rated.map((e, i) => {
    const share = span > 0 ? (dayOf(e.startedOn) - first) / span : rated.length > 1 ? i / (rated.length - 1) : 0.5;
    return {
      id: e.id,
      x: Math.round((padding + share * innerW) * 10) / 10,
      y: Math.round((padding + ((5 - e.satisfaction) / 4) * innerH) * 10) / 10,
      satisfaction: e.satisfaction,
      title: e.title,
      startedOn: e.startedOn,
    };
  });
}

/** The text equivalent of the chart: one sentence per point, in chronological order. */
export function chartSummary(points: readonly ChartPoint[]): string[] {
  return points.map(
    (p) =>
      `${monthYear(p.startedOn).replace(/^./, (c) => c.toUpperCase())} : ${p.title} — ${SATISFACTION_WORDS[p.satisfaction]?.toLowerCase() ?? ''} (${p.satisfaction} sur 5).`,
  );
}

export const NO_DOMAIN = 'Sans domaine';

export interface CompetenceGroup {
  /** The domain's id; null for the competences without one. */
  domainId: string | null;
  label: string;
  competences: CompetenceView[];
}

/**
 * The competences grouped by the beneficiary's domains, in the domains' order, then « Sans
 * domaine » (only when it holds some). A domain with no competence is listed, empty.
 */
export function groupByDomain(
  competences: readonly CompetenceView[],
  domains: readonly DomainView[],
): CompetenceGroup[] {
  const known = new Set(domains.map((d) => d.id));
  const ordered = [...competences].sort((a, b) => a.position - b.position || a.label.localeCompare(b.label, 'fr'));
  const groups: CompetenceGroup[] = [...domains]
    .sort((a, b) => a.position - b.position)
    .map((d) => ({ domainId: d.id, label: d.label, competences: ordered.filter((c) => c.domainId === d.id) }));
  const without = ordered.filter((c) => c.domainId === null || !known.has(c.domainId));
  if (without.length > 0) groups.push({ domainId: null, label: NO_DOMAIN, competences: without });
  return groups;
}
