/**
 * The published first-answer commitment (Qualiopi indicator 1–2) applied to a lead: a new request
 * must get an answer within the organisation's delay, in calendar days from its receipt. Only a
 * lead nobody has handled yet (« nouvelle ») is waiting for its first answer.
 */
import type { LeadStatus } from './status.ts';

const DAY = 24 * 60 * 60_000;

export interface AnswerDeadline {
  dueAt: Date;
  overdue: boolean;
}

export function answerDeadline(
  lead: { status: LeadStatus; receivedAt: Date },
  commitmentDays: number | null,
  now: Date,
): AnswerDeadline | null {
  if (lead.status !== 'new' || commitmentDays === null) return null;
  const dueAt = new Date(lead.receivedAt.getTime() + commitmentDays * DAY);
  return { dueAt, overdue: now.getTime() > dueAt.getTime() };
}

/** The deadline as the lead's summary shows it. */
export function answerDueView(deadline: AnswerDeadline | null): { at: string; overdue: boolean } | null {
  return deadline ? { at: deadline.dueAt.toISOString(), overdue: deadline.overdue } : null;
}
