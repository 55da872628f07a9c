/**
 * Validating a session before it is planned or rescheduled (issue 3, "Bad input"): start before
 * end, not in the past, no overlap with the consultant's other sessions, and the bilan's planned
 * plus held accompaniment never beyond the maximum (24 h, L6313-4). Personal work never counts
 * towards the maximum and never blocks the consultant's agenda.
 */
import { datePart, minutesBetween, type LocalDateTime } from '../../shared/calendar/local-date-time.ts';
import { addYears, type PlainDate } from '../../shared/calendar/plain-date.ts';
import { DEFAULT_RULE_CONTEXT, type RuleContext } from '../../shared/rules/context.ts';
import { formatDateFr, formatMinutesFr, formatTimeFr } from '../../shared/rules/format.ts';
import { parameterAt } from '../../shared/parameters/lookup.ts';
import { ruleError, toReport, type RuleIssue, type RuleReport } from '../../shared/rules/result.ts';
import { countedMinutes, isActive, isSynchronous, type Seance, type SeanceDraft } from './seance.ts';

export type SessionPlanCode =
  | 'session_end_not_after_start'
  | 'session_in_past'
  | 'session_too_far'
  | 'session_overlap'
  | 'accompaniment_above_maximum';

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
};
