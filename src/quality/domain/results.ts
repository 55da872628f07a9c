/**
 * The results an organisation publishes (Qualiopi indicator 2, legal.md Q-03): taken from the
 * indicators `after` computes over a period, reduced to what the public reads (no comments, no
 * names), with the period, the sample sizes and the day they were computed. Older than twelve
 * months, they are stale. Pure.
 */
import { addDays, addMonths, parsePlainDate } from '../../shared/calendar/plain-date.ts';
import type { Indicators } from '../../after/domain/indicators.ts';

export interface PublishedFigures {
  /** Bilans ended in the period (closed or abandoned): the sample of the completion rate. */
  ended: number;
  completed: number;
  /** Share of ended bilans carried to their end, basis points. */
  completionRateBasisPoints: number | null;
  /** Évaluations à chaud sent and answered: the sample of the satisfaction. */
  hotSent: number;
  hotAnswered: number;
  hotResponseRateBasisPoints: number | null;
  /** Mean satisfaction of the answered évaluations à chaud, basis points. */
  satisfactionBasisPoints: number | null;
  /** Follow-up interviews held (about six months after) and how many found the project done or under way. */
  followUpsHeld: number;
  projectCarriedOut: number;
  projectCarriedOutRateBasisPoints: number | null;
}

const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000));

export function publishedFigures(indicators: Indicators): PublishedFigures {
  const hot = indicators.evaluations.chaud;
  const carriedOut =
    (indicators.followUps.outcomes.project_done ?? 0) + (indicators.followUps.outcomes.project_in_progress ?? 0);
  return {
    ended: indicators.ended,
    completed: indicators.completed,
    completionRateBasisPoints: indicators.completionShareBasisPoints,
    hotSent: hot.sent,
    hotAnswered: hot.answered,
    hotResponseRateBasisPoints: hot.responseRateBasisPoints,
    satisfactionBasisPoints: hot.meanScoreBasisPoints,
    followUpsHeld: indicators.followUps.held,
    projectCarriedOut: carriedOut,
    projectCarriedOutRateBasisPoints: share(carriedOut, indicators.followUps.held),
  };
}

/** Results computed on `computedOn` are stale on `today` once twelve months have gone by. */
export function resultsAreStale(computedOn: string, today: string): boolean {
  return addMonths(parsePlainDate(computedOn), 12) < parsePlainDate(today);
}

/** The default period of the evidence page and of a publication: the twelve months up to today. */
export function lastTwelveMonths(today: string): { from: string; to: string } {
  return { from: addDays(addMonths(parsePlainDate(today), -12), 1), to: today };
}
