/**
 * The deadline of a GDPR request (Art. 12(3)): one month from its receipt, which may be extended by
 * two further months when necessary, with the reason told to the person. Months are counted on the
 * calendar: the same day number one month later, or the last day of that month when it has no such
 * day (31 January → 28 February, or 29 in a leap year), as Regulation 1182/71 counts a period in
 * months. The deadline is the last day on which the answer is on time. It is not moved past a
 * weekend or a public holiday: Sillage keeps the stricter date (decision 048).
 *
 * The admins are reminded once some days before the deadline and alerted once when it has passed.
 */
import { addDays, addMonths, compareDates, daysBetween, type PlainDate } from '../../shared/calendar/plain-date.ts';

/** The answer is due within one month of receipt. */
export const ANSWER_MONTHS = 1;
/** The deadline may be extended by two further months (three from receipt). */
export const EXTENSION_MONTHS = 2;
/** The admins are reminded this many days before the deadline. */
export const REMINDER_DAYS_BEFORE = 7;

/** The last day to answer a request received on `receivedOn`. */
export function answerDueOn(receivedOn: PlainDate): PlainDate {
  return addMonths(receivedOn, ANSWER_MONTHS);
}

/**
 * The last day once extended: the one-month period plus two further months, counted from the
 * receipt (31 January → 30 April, not 28 February + 2 months = 28 April).
 */
export function extendedDueOn(receivedOn: PlainDate): PlainDate {
  return addMonths(receivedOn, ANSWER_MONTHS + EXTENSION_MONTHS);
}

export interface DeadlineFacts {
  dueOn: PlainDate;
  extendedDueOn: PlainDate | null;
}

/** The deadline in force: the extended one when there is one. */
export function deadlineOf(request: DeadlineFacts): PlainDate {
  return request.extendedDueOn ?? request.dueOn;
}

/** The day from which the admins are reminded of a deadline. */
export function reminderOn(deadline: PlainDate): PlainDate {
  return addDays(deadline, -REMINDER_DAYS_BEFORE);
}

export type DeadlineState = 'on_time' | 'due_soon' | 'overdue';

/** Where an open request stands on `today`: due within the reminder's days, or past its deadline. */
export function deadlineState(deadline: PlainDate, today: PlainDate): DeadlineState {
  if (compareDates(today, deadline) > 0) return 'overdue';
  if (compareDates(today, reminderOn(deadline)) >= 0) return 'due_soon';
  return 'on_time';
}

/** Days left until the deadline (0 on its day, negative once passed). */
export function daysLeft(deadline: PlainDate, today: PlainDate): number {
  return daysBetween(today, deadline);
}

export interface SweepFacts extends DeadlineFacts {
  open: boolean;
  reminded: boolean;
  overdueAlerted: boolean;
}

/**
 * What the deadline sweep does for a request on `today`: nothing, the reminder (once), or the
 * overdue alert (once; a request found overdue without its reminder gets the alert alone).
 */
export function sweepActionFor(request: SweepFacts, today: PlainDate): 'none' | 'remind' | 'alert_overdue' {
  if (!request.open) return 'none';
  const state = deadlineState(deadlineOf(request), today);
  if (state === 'overdue') return request.overdueAlerted ? 'none' : 'alert_overdue';
  if (state === 'due_soon') return request.reminded ? 'none' : 'remind';
  return 'none';
}

/**
 * Whether the deadline may still be extended on `today`: once, and before it has passed (the
 * person is told within the first month, Art. 12(3)).
 */
export function canExtend(request: DeadlineFacts, today: PlainDate): boolean {
  return request.extendedDueOn === null && compareDates(today, request.dueOn) <= 0;
}
