/**
 * Ipsative scoring of the values card sort (pure): within the person, no norm, no comparison
 * between people (instruments.md §3).
 *
 * Points per card: pile (essentiel 3, important 2, secondaire 1) plus a top-5 bonus (rank 1: +5,
 * rank 2: +4 … rank 5: +1). For each category (Schwartz value, pole, O*NET work value, career
 * anchor) the score is the mean of its cards' points, and the centred score is that mean minus the
 * mean of all 36 cards: positive means "counts more than average for this person". Categories are
 * ordered by score (ties keep the order of the theory). A tension between opposite poles
 * (openness ↔ continuity, self-affirmation ↔ self-transcendence) is flagged when both poles score
 * above the person's average, or when both appear in the top 5.
 */
import type { CardSortValue } from '../../../questionnaires/domain/question-schema.ts';
import {
  ANCHORS,
  OPPOSITE_POLES,
  POLES,
  SCHWARTZ_VALUES,
  VALUE_CARDS,
  WORK_VALUES,
  type Pole,
  type ValueCard,
} from './cards.ts';

export const PILE_POINTS: Record<string, number> = { essentiel: 3, important: 2, secondaire: 1 };
export const TOP_BONUS = [5, 4, 3, 2, 1] as const;

export interface CategoryScore {
  id: string;
  label: string;
  cards: number;
  mean: number;
  centred: number;
  rank: number;
}

export interface PoleTension {
  poles: [Pole, Pole];
  labels: [string, string];
  /** Mean of the first pole minus mean of the second. */
  balance: number;
  bothAboveAverage: boolean;
  bothInTop: boolean;
  tension: boolean;
}

export interface ValuesResult {
  cardPoints: Record<string, number>;
  overallMean: number;
  top: { cardId: string; label: string }[];
  values: CategoryScore[];
  poles: CategoryScore[];
  workValues: CategoryScore[];
  anchors: CategoryScore[];
  tensions: PoleTension[];
}

/** Points of every card of a complete, validated sort. */
export function cardPoints(sort: CardSortValue): Record<string, number> {
  const points: Record<string, number> = {};
  for (const [pile, cards] of Object.entries(sort.piles)) {
    for (const card of cards) points[card] = PILE_POINTS[pile] ?? 0;
  }
  (sort.top ?? []).forEach((card, i) => {
    points[card] = (points[card] ?? 0) + (TOP_BONUS[i] ?? 0);
  });
  return points;
}

function categories<K extends string>(
  labels: Record<K, string>,
  keyOf: (card: ValueCard) => K | undefined,
  points: Record<string, number>,
  overallMean: number,
): CategoryScore[] {
  const ids = Object.keys(labels) as K[];
  const scored = ids
    .map((id) => {
      const cards = VALUE_CARDS.filter((card) => keyOf(card) === id);
      const mean = cards.length === 0 ? 0 : cards.reduce((a, card) => a + (points[card.id] ?? 0), 0) / cards.length;
      return { id, label: labels[id], cards: cards.length, mean, centred: mean - overallMean, rank: 0 };
    })
    .filter((s) => s.cards > 0);
  const ordered = [...scored].sort((a, b) => b.mean - a.mean || ids.indexOf(a.id as K) - ids.indexOf(b.id as K));
  ordered.forEach((s, i) => {
    s.rank = i + 1;
  });
  return ordered;
}

export function scoreValues(sort: CardSortValue): ValuesResult {
  const points = cardPoints(sort);
  const overallMean = VALUE_CARDS.reduce((a, card) => a + (points[card.id] ?? 0), 0) / VALUE_CARDS.length;
  const valueLabels = Object.fromEntries(Object.entries(SCHWARTZ_VALUES).map(([k, v]) => [k, v.name])) as Record<
    keyof typeof SCHWARTZ_VALUES,
    string
  >;
  const poles = categories(POLES, (card) => SCHWARTZ_VALUES[card.value].pole, points, overallMean);
  const top = (sort.top ?? []).map((id) => ({
    cardId: id,
    label: VALUE_CARDS.find((card) => card.id === id)?.label ?? id,
  }));
  const topPoles = new Set(
    (sort.top ?? [])
      .map((id) => VALUE_CARDS.find((card) => card.id === id))
      .filter((card) => card !== undefined)
      .map((card) => SCHWARTZ_VALUES[card.value].pole),
  );
  const tensions = OPPOSITE_POLES.map(([a, b]): PoleTension => {
    const pa = poles.find((p) => p.id === a);
    const pb = poles.find((p) => p.id === b);
    const bothAboveAverage = (pa?.centred ?? 0) > 0 && (pb?.centred ?? 0) > 0;
    const bothInTop = topPoles.has(a) && topPoles.has(b);
    return {
      poles: [a, b],
      labels: [POLES[a], POLES[b]],
      balance: (pa?.mean ?? 0) - (pb?.mean ?? 0),
      bothAboveAverage,
      bothInTop,
      tension: bothAboveAverage || bothInTop,
    };
  });
  return {
    cardPoints: points,
    overallMean,
    top,
    values: categories(valueLabels, (card) => card.value, points, overallMean),
    poles,
    workValues: categories(WORK_VALUES, (card) => card.workValue, points, overallMean),
    anchors: categories(ANCHORS, (card) => card.anchor, points, overallMean),
    tensions,
  };
}
