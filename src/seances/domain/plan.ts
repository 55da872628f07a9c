/**
 * Validating a session before it is planned or rescheduled (issue 3, "Bad input"): start before
 * end, not in the past, no overlap with the consultant's other sessions, and the bilan's planned
 * plus held accompaniment never beyond the maximum (24 h, L6313-4: blocking). Personal work never
 * counts towards the maximum and never blocks the consultant's agenda.
 *
 * Warnings that never block (issue 11; no text forbids them): a session on a French public
 * holiday or a Sunday, a session longer than the provider's setting (4 h by default), and
 * accompaniment beyond the hours planned for the bilan (its quote or contract) but within the law.
 */
import {
  datePart,
  isLocalDateTime,
  minutesBetween,
  type LocalDateTime,
} from '../../shared/calendar/local-date-time.ts';
import { addYears, isoWeekday, type PlainDate } from '../../shared/calendar/plain-date.ts';
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR, publicHolidayOn } from '../../shared/calendar/holidays.ts';
import { DEFAULT_RULE_CONTEXT, type RuleContext } from '../../shared/rules/context.ts';
import { formatDateFr, formatMinutesFr, formatTimeFr } from '../../shared/rules/format.ts';
import { parameterAt, parameterAtIfIntroduced } from '../../shared/parameters/lookup.ts';
import { ruleError, ruleWarning, toReport, type RuleIssue, type RuleReport } from '../../shared/rules/result.ts';
import { countedMinutes, isActive, isSynchronous, type Seance, type SeanceDraft } from './seance.ts';

export type SessionPlanCode =
  | 'session_end_not_after_start'
  | 'session_in_past'
  | 'session_too_far'
  | 'session_overlap'
  | 'accompaniment_above_maximum'
  | 'session_on_public_holiday'
  | 'session_on_sunday'
  | 'session_too_long'
  | 'accompaniment_above_planned';

/** How far ahead a session may be planned: a bilan lasts weeks or months, never years. */
export const MAX_PLANNING_YEARS = 2;

export interface SessionPlanInput {
  /** The session to plan; with the `id` of an existing session when rescheduling it. */
  candidate: SeanceDraft;
  /** Every session of the bilan, any status (the one being rescheduled included or not). */
  bilanSessions: readonly Seance[];
  /** The consultant's sessions in every bilan around that time (other consultants are ignored). */
  consultantSessions: readonly Seance[];
  /** The current wall-clock time, from the caller's clock. */
  now: LocalDateTime;
  /** The date whose maximum applies: the bilan's order or contract date. */
  referenceDate: PlainDate;
  /** The accompaniment planned for the bilan (its quote or contract), in minutes. */
  bilanPlannedMinutes?: number | undefined;
}

function overlaps(a: Pick<Seance, 'start' | 'end'>, b: Pick<Seance, 'start' | 'end'>): boolean {
  // Back-to-back sessions (one ends at 11:00, the next starts at 11:00) do not overlap.
  return a.start < b.end && b.start < a.end;
}

function describeSlot(seance: Pick<Seance, 'start' | 'end'>): string {
  const sameDay = datePart(seance.start) === datePart(seance.end);
  return sameDay
    ? `le ${formatDateFr(datePart(seance.start))} de ${formatTimeFr(seance.start)} à ${formatTimeFr(seance.end)}`
    : `du ${formatDateFr(datePart(seance.start))} ${formatTimeFr(seance.start)} au ${formatDateFr(datePart(seance.end))} ${formatTimeFr(seance.end)}`;
}

/** Minutes of accompaniment already planned or held in the bilan, the candidate excluded. */
export function plannedAndHeldAccompanimentMinutes(sessions: readonly Seance[], excludeId?: string): number {
  return sessions
    .filter((seance) => seance.id !== excludeId && isActive(seance) && isSynchronous(seance))
    .reduce((sum, seance) => sum + countedMinutes(seance), 0);
}

/**
 * The warnings about the slot itself (public holiday, Sunday, length), for synchronous sessions:
 * computed by the server with every plan and by the form while the consultant types.
 */
export function slotWarnings(
  candidate: Pick<SeanceDraft, 'mode' | 'start' | 'end'>,
  ctx: RuleContext = DEFAULT_RULE_CONTEXT,
): RuleIssue<SessionPlanCode>[] {
  const duration = minutesBetween(candidate.start, candidate.end);
  if (duration <= 0 || !isSynchronous(candidate)) return [];
  const issues: RuleIssue<SessionPlanCode>[] = [];
  const day = datePart(candidate.start);
  // Holidays are known from 1982 on; an older date is refused by the plan's own rules, not here.
  const year = Number(day.slice(0, 4));
  const holiday = year >= FIRST_SUPPORTED_YEAR && year <= LAST_SUPPORTED_YEAR ? publicHolidayOn(day) : undefined;
  if (holiday) {
    issues.push(
      ruleWarning(
        'session_on_public_holiday',
        `Le ${formatDateFr(day)} est un jour férié (${holiday.label}) : vérifiez que la séance peut bien avoir lieu ce jour-là.`,
        { date: day, holiday: holiday.code },
      ),
    );
  } else if (isoWeekday(day) === 7) {
    issues.push(
      ruleWarning(
        'session_on_sunday',
        `Le ${formatDateFr(day)} est un dimanche : vérifiez que la séance peut bien avoir lieu ce jour-là.`,
        { date: day },
      ),
    );
  }
  // An advice introduced with the product: a date before it (which the plan refuses anyway) gets none.
  const longest = parameterAtIfIntroduced('sessions.longSessionMinutes', day, ctx.parameters);
  if (longest !== undefined && duration > longest) {
    issues.push(
      ruleWarning(
        'session_too_long',
        `Cette séance dure ${formatMinutesFr(duration)}, plus que les ${formatMinutesFr(longest)} conseillées : ` +
          `pensez à la découper en plusieurs séances.`,
        { minutes: duration, longestMinutes: longest },
      ),
    );
  }
  return issues;
}

/**
 * The warning when a session would take the bilan's accompaniment beyond the hours planned for it
 * (allowed up to the legal maximum, which `checkSessionPlan` refuses on its own).
 */
export function plannedHoursWarning(
  totalMinutes: number,
  bilanPlannedMinutes: number | undefined,
): RuleIssue<SessionPlanCode> | undefined {
  if (bilanPlannedMinutes === undefined || bilanPlannedMinutes <= 0 || totalMinutes <= bilanPlannedMinutes) return;
  return ruleWarning(
    'accompaniment_above_planned',
    `Cette séance porterait l’accompagnement du bilan à ${formatMinutesFr(totalMinutes)}, au-delà des ` +
      `${formatMinutesFr(bilanPlannedMinutes)} prévues au devis ou à la convention.`,
    { totalMinutes, plannedMinutes: bilanPlannedMinutes },
  );
}

export function checkSessionPlan(
  input: SessionPlanInput,
  ctx: RuleContext = DEFAULT_RULE_CONTEXT,
): RuleReport<SessionPlanCode> {
  const { candidate } = input;
  const issues: RuleIssue<SessionPlanCode>[] = [];
  const duration = minutesBetween(candidate.start, candidate.end);
  if (duration <= 0) {
    issues.push(
      ruleError(
        'session_end_not_after_start',
        `La fin de la séance (${formatTimeFr(candidate.end)} le ${formatDateFr(datePart(candidate.end))}) doit être après son début ` +
          `(${formatTimeFr(candidate.start)} le ${formatDateFr(datePart(candidate.start))}).`,
        { start: candidate.start, end: candidate.end },
      ),
    );
  }
  if (candidate.start < input.now) {
    issues.push(
      ruleError('session_in_past', `La séance ne peut pas être planifiée dans le passé (${describeSlot(candidate)}).`, {
        start: candidate.start,
        now: input.now,
      }),
    );
  }
  const latest = addYears(datePart(input.now), MAX_PLANNING_YEARS);
  if (datePart(candidate.start) > latest) {
    issues.push(
      ruleError(
        'session_too_far',
        `La séance ne peut pas être planifiée plus de ${MAX_PLANNING_YEARS} ans à l’avance (au plus tard le ${formatDateFr(latest)}).`,
        { start: candidate.start, latest },
      ),
    );
  }
  if (duration <= 0 || !isSynchronous(candidate)) return toReport(issues);
  issues.push(...slotWarnings(candidate, ctx));

  const clash = input.consultantSessions.find(
    (other) =>
      other.id !== candidate.id &&
      other.consultantId === candidate.consultantId &&
      other.status !== 'cancelled' &&
      isSynchronous(other) &&
      overlaps(candidate, other),
  );
  if (clash) {
    issues.push(
      ruleError(
        'session_overlap',
        `Le ou la consultant·e a déjà une séance ${describeSlot(clash)}, qui chevauche celle-ci (${describeSlot(candidate)}).`,
        { conflictingSessionId: clash.id, start: clash.start, end: clash.end },
      ),
    );
  }

  const max = parameterAt('bilan.maxAccompanimentMinutes', input.referenceDate, ctx.parameters);
  const already = plannedAndHeldAccompanimentMinutes(input.bilanSessions, candidate.id);
  const total = already + duration;
  if (total > max) {
    const remaining = Math.max(0, max - already);
    issues.push(
      ruleError(
        'accompaniment_above_maximum',
        `Cette séance porterait l’accompagnement du bilan à ${formatMinutesFr(total)}, au-delà du maximum de ` +
          `${formatMinutesFr(max)} : il reste ${formatMinutesFr(remaining)} à planifier.`,
        { totalMinutes: total, maximumMinutes: max, remainingMinutes: remaining },
      ),
    );
  } else {
    const beyondPlanned = plannedHoursWarning(total, input.bilanPlannedMinutes);
    if (beyondPlanned) issues.push(beyondPlanned);
  }
  return toReport(issues);
}

/** The form field each planning refusal points at. */
export const PLAN_FIELDS: Record<SessionPlanCode, string> = {
  session_end_not_after_start: 'end',
  session_in_past: 'date',
  session_too_far: 'date',
  session_overlap: 'start',
  accompaniment_above_maximum: 'end',
  session_on_public_holiday: 'date',
  session_on_sunday: 'date',
  session_too_long: 'end',
  accompaniment_above_planned: 'end',
};

/** The warnings of a report, as the plan and move answers carry them. */
export function warningsOf(report: RuleReport<SessionPlanCode>): { code: SessionPlanCode; message: string }[] {
  return report.issues
    .filter((issue) => issue.severity === 'warning')
    .map((issue) => ({ code: issue.code, message: issue.message }));
}

/**
 * The warnings the séance form shows while the consultant types (before saving): the slot's and,
 * for accompaniment, the bilan's planned hours. `otherMinutes` is the bilan's accompaniment
 * planned or held apart from this séance. Nothing while the date or times are incomplete; no
 * hours warning on a day before the legal maximum was in force (a year still being typed, 0202).
 */
export function draftWarnings(
  draft: { date: string; start: string; end: string; mode: SeanceDraft['mode'] },
  otherMinutes: number,
  bilanPlannedMinutes: number | undefined,
  ctx: RuleContext = DEFAULT_RULE_CONTEXT,
): string[] {
  const start = `${draft.date}T${draft.start}`;
  const end = `${draft.date}T${draft.end}`;
  if (!isLocalDateTime(start) || !isLocalDateTime(end) || end <= start) return [];
  const issues = slotWarnings({ mode: draft.mode, start, end }, ctx);
  if (isSynchronous(draft)) {
    const total = otherMinutes + minutesBetween(start, end);
    const max = parameterAtIfIntroduced('bilan.maxAccompanimentMinutes', datePart(start), ctx.parameters);
    const beyondPlanned =
      max !== undefined && total <= max ? plannedHoursWarning(total, bilanPlannedMinutes) : undefined;
    if (beyondPlanned) issues.push(beyondPlanned);
  }
  return issues.map((issue) => issue.message);
}
