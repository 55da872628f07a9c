/**
 * The organisation's results indicators (Qualiopi indicators 1–2: published results; 30:
 * satisfaction), computed from administrative facts only: ends of bilans, follow-ups,
 * evaluation scores. No content and no names go in.
 */
import type { EvaluationKind } from './evaluations.ts';
import type { FollowUpOutcome, FollowUpState } from './follow-up.ts';
import type { EndedPhase } from '../../bilans/domain/phases.ts';

export interface IndicatorFacts {
  /** One line per ended bilan in the period. */
  endings: { kind: EndedPhase; completionBasisPoints: number }[];
  followUps: { state: FollowUpState; outcome: FollowUpOutcome | null }[];
  evaluations: { kind: EvaluationKind; answered: boolean; scoreBasisPoints: number | null }[];
}

export interface Indicators {
  ended: number;
  completed: number;
  abandoned: number;
  /** Share of ended bilans that were completed, basis points; null without any ended bilan. */
  completionShareBasisPoints: number | null;
  /** Mean completion rate (signed accompaniment over planned) of the ended bilans. */
  meanCompletionBasisPoints: number | null;
  evaluations: Record<
    EvaluationKind,
    { sent: number; answered: number; responseRateBasisPoints: number | null; meanScoreBasisPoints: number | null }
  >;
  followUps: { offered: number; accepted: number; held: number; outcomes: Partial<Record<FollowUpOutcome, number>> };
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000);
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : Math.round(values.reduce((a, b) => a + b, 0) / values.length);
}

export function computeIndicators(facts: IndicatorFacts): Indicators {
  const completed = facts.endings.filter((e) => e.kind === 'cloture').length;
  const abandoned = facts.endings.length - completed;
  const byKind = (kind: EvaluationKind) => {
    const sent = facts.evaluations.filter((e) => e.kind === kind);
    const answered = sent.filter((e) => e.answered);
    const scores = answered.map((e) => e.scoreBasisPoints).filter((s): s is number => s !== null);
    return {
      sent: sent.length,
      answered: answered.length,
      responseRateBasisPoints: share(answered.length, sent.length),
      meanScoreBasisPoints: mean(scores),
    };
  };
  const outcomes: Partial<Record<FollowUpOutcome, number>> = {};
  for (const f of facts.followUps) if (f.outcome) outcomes[f.outcome] = (outcomes[f.outcome] ?? 0) + 1;
  return {
    ended: facts.endings.length,
    completed,
    abandoned,
    completionShareBasisPoints: share(completed, facts.endings.length),
    meanCompletionBasisPoints: mean(facts.endings.map((e) => e.completionBasisPoints)),
    evaluations: { chaud: byKind('chaud'), froid: byKind('froid') },
    followUps: {
      offered: facts.followUps.length,
      accepted: facts.followUps.filter((f) => f.state !== 'offered' && f.state !== 'declined').length,
      held: facts.followUps.filter((f) => f.state === 'held').length,
      outcomes,
    },
  };
}
