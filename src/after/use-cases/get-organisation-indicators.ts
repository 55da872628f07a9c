/**
 * The organisation's results over a period (admin): ends of bilans, completion, satisfaction
 * from the evaluations, follow-ups and their outcomes (Qualiopi indicators 1–2 and 30).
 * Aggregates only: no names; free comments are listed without who wrote them.
 */
import { computeIndicators } from '../domain/indicators.ts';
import { followUpState } from '../domain/follow-up.ts';
import { completionRateBasisPoints } from '../../seances/domain/counters.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import type { IndicatorsView } from '../contracts/schemas.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import type { EndedPhase } from '../../bilans/domain/phases.ts';
import { listBilansEndedBetween } from '../../bilans/data/bilan-repository.ts';
import { listFollowUpsOfBilansEndedBetween } from '../data/follow-up-repository.ts';
import { listEvaluationsSentBetween } from '../data/evaluation-repository.ts';

export async function getOrganisationIndicators(
  deps: Deps,
  actor: Actor,
  period: { from: string; to: string },
): Promise<IndicatorsView> {
  requireRole(actor, 'admin');
  const org = actor.organisationId;
  const [endings, followUps, evaluations] = await Promise.all([
    listBilansEndedBetween(deps.db, org, period.from, period.to),
    listFollowUpsOfBilansEndedBetween(deps.db, org, period.from, period.to),
    listEvaluationsSentBetween(deps.db, org, period.from, period.to),
  ]);
  const indicators = computeIndicators({
    endings: endings.map((e) => ({
      kind: e.phase as EndedPhase,
      completionBasisPoints: completionRateBasisPoints(e.accompaniment_done_minutes, e.planned_accompaniment_minutes),
    })),
    followUps: followUps.map((f) => ({
      state: followUpState({
        response: f.response,
        dueOn: f.due_on ? parsePlainDate(f.due_on) : null,
        outcome: f.outcome,
      }),
      outcome: f.outcome,
    })),
    evaluations: evaluations.map((e) => ({
      kind: e.kind,
      answered: e.answered_at !== null,
      scoreBasisPoints: e.score_basis_points,
    })),
  });
  const comments: IndicatorsView['comments'] = [];
  for (const e of evaluations) {
    for (const key of ['points-forts', 'ameliorations', 'commentaire']) {
      const text = e.answers?.[key];
      if (typeof text === 'string' && text.trim()) comments.push({ kind: e.kind, text: text.trim() });
    }
  }
  return { from: period.from, to: period.to, ...indicators, comments };
}
