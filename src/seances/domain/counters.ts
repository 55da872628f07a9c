/**
 * Hours counters of a bilan and its at-risk flag.
 *
 * Counters feed the consultant's view, the *certificat de réalisation* and the funder view
 * (administrative figures only). The at-risk flag (issue 3) is raised after 2 no-shows or
 * 3 weeks without a held session; both thresholds are provider settings in the parameter table.
 * The caller evaluates it for open bilans only.
 */
import { datePart, type LocalDateTime } from '../../shared/calendar/local-date-time.ts';
import { daysBetween, type PlainDate } from '../../shared/calendar/plain-date.ts';
import { DEFAULT_RULE_CONTEXT, type RuleContext } from '../../shared/rules/context.ts';
import { formatDateFr, pluralFr } from '../../shared/rules/format.ts';
import { parameterAt } from '../../shared/parameters/lookup.ts';
import { ruleWarning, type RuleIssue } from '../../shared/rules/result.ts';
import { countedMinutes, isSigned, isSynchronous, type Seance, type SeancePhase } from './seance.ts';

export interface HoursCounters {
  /** Held synchronous sessions signed by both: the accompaniment that can be proved and paid. */
  accompanimentDoneMinutes: number;
  /** Held synchronous sessions still missing a signature (to chase). */
  accompanimentAwaitingSignatureMinutes: number;
  /** Planned synchronous sessions not yet held. */
  accompanimentPlannedMinutes: number;
  /** Personal work done (held personal-work sessions). */
  personalWorkDoneMinutes: number;
  /** Personal work planned, not yet done. */
  personalWorkPlannedMinutes: number;
  noShowCount: number;
}

export function hoursCounters(sessions: readonly Seance[]): HoursCounters {
  const counters: HoursCounters = {
    accompanimentDoneMinutes: 0,
    accompanimentAwaitingSignatureMinutes: 0,
    accompanimentPlannedMinutes: 0,
    personalWorkDoneMinutes: 0,
    personalWorkPlannedMinutes: 0,
    noShowCount: 0,
  };
  for (const seance of sessions) {
    const minutes = countedMinutes(seance);
    if (seance.status === 'no_show') counters.noShowCount += 1;
    else if (!isSynchronous(seance)) {
      if (seance.status === 'held') counters.personalWorkDoneMinutes += minutes;
      else if (seance.status === 'planned') counters.personalWorkPlannedMinutes += minutes;
    } else if (seance.status === 'held') {
      if (isSigned(seance)) counters.accompanimentDoneMinutes += minutes;
      else counters.accompanimentAwaitingSignatureMinutes += minutes;
    } else if (seance.status === 'planned') counters.accompanimentPlannedMinutes += minutes;
  }
  return counters;
}

/** Held synchronous sessions per phase, for the phase checklists. */
export function heldSessionsByPhase(sessions: readonly Seance[]): Record<SeancePhase, number> {
  const counts: Record<SeancePhase, number> = { preliminaire: 0, investigation: 0, conclusion: 0 };
  for (const seance of sessions) if (seance.status === 'held' && isSynchronous(seance)) counts[seance.phase] += 1;
  return counts;
}

/**
 * Completion rate in basis points (10 000 = 100 %): signed accompaniment over the planned total
 * (legal.md CPF-05), rounded down. `plannedTotalMinutes` is the contract's accompaniment.
 */
export function completionRateBasisPoints(accompanimentDoneMinutes: number, plannedTotalMinutes: number): number {
  if (plannedTotalMinutes <= 0) return 0;
  return Math.min(10_000, Math.floor((accompanimentDoneMinutes * 10_000) / plannedTotalMinutes));
}

export type AtRiskCode = 'repeated_no_shows' | 'no_recent_session';

export interface AtRiskInput {
  sessions: readonly Seance[];
  now: LocalDateTime;
  /** First day of the bilan: the inactivity clock starts there until a session is held. */
  startedOn: PlainDate;
}

export interface AtRiskResult {
  atRisk: boolean;
  reasons: RuleIssue<AtRiskCode>[];
}

/** What the at-risk flag looks at, so that a caller with stored counters need not load every séance. */
export interface AtRiskSummary {
  noShows: number;
  /** Day the last held synchronous séance ended, if any. */
  lastHeldOn: PlainDate | undefined;
  startedOn: PlainDate;
  today: PlainDate;
}

export function atRiskFlags(input: AtRiskInput, ctx: RuleContext = DEFAULT_RULE_CONTEXT): AtRiskResult {
  const lastHeld = input.sessions
    .filter((seance) => seance.status === 'held' && isSynchronous(seance) && seance.end <= input.now)
    .map((seance) => datePart(seance.end))
    .sort()
    .at(-1);
  return atRiskFromSummary(
    {
      noShows: input.sessions.filter((seance) => seance.status === 'no_show').length,
      lastHeldOn: lastHeld,
      startedOn: input.startedOn,
      today: datePart(input.now),
    },
    ctx,
  );
}

export function atRiskFromSummary(summary: AtRiskSummary, ctx: RuleContext = DEFAULT_RULE_CONTEXT): AtRiskResult {
  const { today, noShows, lastHeldOn: lastHeld } = summary;
  const noShowLimit = parameterAt('sessions.atRiskNoShowCount', today, ctx.parameters);
  const inactivityLimit = parameterAt('sessions.atRiskInactivityDays', today, ctx.parameters);
  const reasons: RuleIssue<AtRiskCode>[] = [];

  if (noShows >= noShowLimit) {
    reasons.push(
      ruleWarning(
        'repeated_no_shows',
        `${pluralFr(noShows, 'absence', 'absences')} sans prévenir à des séances planifiées : prenez contact avec le ou la bénéficiaire.`,
        { noShows, limit: noShowLimit },
      ),
    );
  }

  const since = lastHeld ?? summary.startedOn;
  const days = daysBetween(since, today);
  if (days >= inactivityLimit) {
    const what = lastHeld
      ? `depuis la dernière séance du ${formatDateFr(since)}`
      : `depuis le début du bilan, le ${formatDateFr(since)}`;
    reasons.push(
      ruleWarning(
        'no_recent_session',
        `Aucune séance tenue ${what} (${pluralFr(days, 'jour', 'jours')}) : le bilan risque de décrocher.`,
        {
          days,
          since,
          limit: inactivityLimit,
        },
      ),
    );
  }
  return { atRisk: reasons.length > 0, reasons };
}
