/**
 * The follow-up interview (entretien de suivi, R6313-4 3° c): offered during the conclusion,
 * accepted or declined by the beneficiary, planned at the end plus the organisation's delay once
 * the bilan is closed, announced before that date, then held (with its outcome) or missed.
 */
import { addDays, addMonths, type PlainDate } from '../../shared/calendar/plain-date.ts';
import { DEFAULT_RULE_CONTEXT, type RuleContext } from '../../shared/rules/context.ts';
import { parameterAt } from '../../shared/parameters/lookup.ts';

export const FOLLOW_UP_RESPONSES = ['accepted', 'declined'] as const;
export type FollowUpResponse = (typeof FOLLOW_UP_RESPONSES)[number];

/** What the beneficiary's situation is at the follow-up interview (Qualiopi indicator 2). */
export const FOLLOW_UP_OUTCOMES = [
  'project_done',
  'project_in_progress',
  'project_preparing',
  'project_changed',
  'project_paused',
  'missed',
] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

export type FollowUpState = 'offered' | 'declined' | 'accepted' | 'planned' | 'held' | 'missed';

export interface FollowUpFacts {
  response: FollowUpResponse | null;
  dueOn: PlainDate | null;
  outcome: FollowUpOutcome | null;
}

export function followUpState(facts: FollowUpFacts): FollowUpState {
  if (facts.outcome === 'missed') return 'missed';
  if (facts.outcome) return 'held';
  if (facts.response === 'declined') return 'declined';
  if (facts.response === null) return 'offered';
  return facts.dueOn ? 'planned' : 'accepted';
}

/**
 * The date of the follow-up interview: the end of the bilan plus the organisation's delay in
 * months (its own setting, within the parameter's bounds), or the default of the parameter table.
 */
export function followUpDueDate(
  endedOn: PlainDate,
  organisationMonths: number | null,
  ctx: RuleContext = DEFAULT_RULE_CONTEXT,
): PlainDate {
  return addMonths(endedOn, organisationMonths ?? parameterAt('followUp.defaultDelayMonths', endedOn, ctx.parameters));
}

/** From this day on, the beneficiary and the consultant are reminded of the coming interview. */
export function followUpReminderOn(dueOn: PlainDate, ctx: RuleContext = DEFAULT_RULE_CONTEXT): PlainDate {
  return addDays(dueOn, -parameterAt('followUp.reminderDaysBefore', dueOn, ctx.parameters));
}

/** A follow-up can be recorded as held or missed once planned, from its reminder day on. */
export function canRecordFollowUp(
  facts: FollowUpFacts,
  today: PlainDate,
  ctx: RuleContext = DEFAULT_RULE_CONTEXT,
): boolean {
  return followUpState(facts) === 'planned' && facts.dueOn !== null && today >= followUpReminderOn(facts.dueOn, ctx);
}

/** The last day an evaluation link sent on `sentOn` can be answered. */
export function evaluationLinkExpiresOn(sentOn: PlainDate, ctx: RuleContext = DEFAULT_RULE_CONTEXT): PlainDate {
  return addDays(sentOn, parameterAt('evaluation.linkValidityDays', sentOn, ctx.parameters));
}
