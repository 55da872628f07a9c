/**
 * When a bilan is "at risk" and when an item is "overdue": pure rules over facts read in one
 * statement, with today's date passed in (decision 034). The consultant's « Aujourd'hui » and the
 * admin's list of bilans both use them; the admin list's SQL filter mirrors `bilanAlerts`
 * (src/dashboards/data/admin-bilans.ts) and a database test checks that they agree.
 *
 * A bilan is at risk, while it is open, when:
 * - its beneficiary missed séances without notice `sessions.atRiskNoShowCount` times or more;
 * - no séance was held for `sessions.atRiskInactivityDays` days (since the start when none was)
 *   and none is planned ahead: the séance section's flag, unless the consultant already planned one;
 * - the accompaniment held and planned exceeds the hours the bilan was sold with;
 * - a séance was held (the entretien préliminaire) but the beneficiary has not given consent;
 * - the planned end date (financing) has passed while the bilan is still open.
 */
import { addDays, daysBetween, type PlainDate } from '../../shared/calendar/plain-date.ts';
import { DEFAULT_RULE_CONTEXT, type RuleContext } from '../../shared/rules/context.ts';
import { formatDateFr, pluralFr } from '../../shared/rules/format.ts';
import { parameterAt } from '../../shared/parameters/lookup.ts';
import { formatMinutes } from '../../shared/duration.ts';
import { isOpen, type Phase } from '../../bilans/domain/phases.ts';

export const ALERT_CODES = [
  'repeated_no_shows',
  'no_recent_session',
  'hours_over_plan',
  'consent_missing',
  'end_date_passed',
] as const;
export type AlertCode = (typeof ALERT_CODES)[number];

export interface BilanAlert {
  code: AlertCode;
  /** Short French words for a chip or a list. */
  message: string;
}

export interface BilanAlertFacts {
  phase: Phase;
  /** First day of the bilan (its creation, in France). */
  startedOn: PlainDate;
  /** Day the last held séance ended, if any. */
  lastHeldOn: PlainDate | null;
  noShows: number;
  /** A séance is planned from now on. */
  seancePlanned: boolean;
  /** The accompaniment the bilan was sold with, in minutes. */
  plannedMinutes: number;
  /** Synchronous séances held (their attested time) or still planned, in minutes. */
  activeMinutes: number;
  consentGiven: boolean;
  /** The planned end of the bilan (financing), if known. */
  plannedEndOn: PlainDate | null;
}

/** The thresholds in force on `today` (the admin list's SQL filter takes the same numbers). */
export function alertThresholds(today: PlainDate, ctx: RuleContext = DEFAULT_RULE_CONTEXT) {
  return {
    noShowLimit: parameterAt('sessions.atRiskNoShowCount', today, ctx.parameters),
    inactivityDays: parameterAt('sessions.atRiskInactivityDays', today, ctx.parameters),
  };
}

/** Why an open bilan is at risk on `today` (empty when it is not, or when it has ended). */
export function bilanAlerts(
  facts: BilanAlertFacts,
  today: PlainDate,
  ctx: RuleContext = DEFAULT_RULE_CONTEXT,
): BilanAlert[] {
  if (!isOpen(facts.phase)) return [];
  const { noShowLimit, inactivityDays } = alertThresholds(today, ctx);
  const alerts: BilanAlert[] = [];
  if (facts.noShows >= noShowLimit) {
    alerts.push({
      code: 'repeated_no_shows',
      message: `${pluralFr(facts.noShows, 'absence', 'absences')} sans prévenir`,
    });
  }
  const since = facts.lastHeldOn ?? facts.startedOn;
  const days = daysBetween(since, today);
  if (days >= inactivityDays && !facts.seancePlanned) {
    alerts.push({
      code: 'no_recent_session',
      message: facts.lastHeldOn
        ? `Aucune séance depuis le ${formatDateFr(since)}, aucune prévue`
        : `Aucune séance tenue depuis le début (${formatDateFr(since)}), aucune prévue`,
    });
  }
  if (facts.activeMinutes > facts.plannedMinutes) {
    alerts.push({
      code: 'hours_over_plan',
      message: `${formatMinutes(facts.activeMinutes)} tenues ou prévues pour ${formatMinutes(facts.plannedMinutes)} prévues au contrat`,
    });
  }
  if (facts.lastHeldOn !== null && !facts.consentGiven) {
    alerts.push({ code: 'consent_missing', message: 'Consentement non recueilli après l’entretien préliminaire' });
  }
  if (facts.plannedEndOn !== null && facts.plannedEndOn < today) {
    alerts.push({ code: 'end_date_passed', message: `Date de fin dépassée (${formatDateFr(facts.plannedEndOn)})` });
  }
  return alerts;
}

export type DeadlineState = 'overdue' | 'due';

/** Days ahead in which a deadline is shown as coming ("à faire"), before it is overdue. */
export const DUE_SOON_DAYS = 3;

/**
 * Where a dated obligation stands on `today`: overdue the day after its last day, due from
 * `DUE_SOON_DAYS` days before it, otherwise not shown (null).
 */
export function deadlineState(dueOn: PlainDate, today: PlainDate): DeadlineState | null {
  if (today > dueOn) return 'overdue';
  if (today >= addDays(dueOn, -DUE_SOON_DAYS)) return 'due';
  return null;
}

/**
 * The follow-up interview (entretien de suivi): shown from its reminder day (`remindFrom`, the
 * after capability's `followUpReminderOn`), overdue once its date has passed without an outcome.
 */
export function followUpDeadlineState(dueOn: PlainDate, remindFrom: PlainDate, today: PlainDate): DeadlineState | null {
  if (today > dueOn) return 'overdue';
  if (today >= remindFrom) return 'due';
  return null;
}

/** A séance still marked planned after it ended has to be recorded (held, missed, cancelled). */
export function seanceToRecord(status: string, endsAt: Date, now: Date): boolean {
  return status === 'planned' && endsAt.getTime() <= now.getTime();
}
