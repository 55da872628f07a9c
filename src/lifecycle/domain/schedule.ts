/**
 * When a bilan's documents go (R6313-7, legal.md BC-11, decision 046): after the end, a grace
 * period (`destruction.graceDays`) leaves the beneficiary time to download their data and, if they
 * wish, to sign an agreement to keep some items; they are warned at the end and
 * `destruction.warningDaysBefore` days before. No copy survives in the backups after
 * `backups.retentionDays` more days. Parameters are read at the end date (date-effective).
 */
import { addDays, daysBetween, type PlainDate } from '../../shared/calendar/plain-date.ts';
import { DEFAULT_RULE_CONTEXT, type RuleContext } from '../../shared/rules/context.ts';
import { noCopyRemainsAfter } from '../../shared/rules/backup-retention.ts';
import { parameterAt } from '../../shared/parameters/lookup.ts';

export interface DestructionSchedule {
  endedOn: PlainDate;
  dueOn: PlainDate;
  warnOn: PlainDate;
}

export function destructionSchedule(endedOn: PlainDate, ctx: RuleContext = DEFAULT_RULE_CONTEXT): DestructionSchedule {
  const dueOn = addDays(endedOn, parameterAt('destruction.graceDays', endedOn, ctx.parameters));
  const before = parameterAt('destruction.warningDaysBefore', endedOn, ctx.parameters);
  const warnOn = addDays(dueOn, -before);
  return { endedOn, dueOn, warnOn: warnOn < endedOn ? endedOn : warnOn };
}

/**
 * The schedule the sweep writes when it first sees an ended bilan on `today`: as above, except that
 * the destruction never comes without a warning: at least `destruction.warningDaysBefore` days after
 * `today` (a bilan ended long before this capability ran, or while the sweep was stopped).
 */
export function firstSchedule(
  endedOn: PlainDate,
  today: PlainDate,
  ctx: RuleContext = DEFAULT_RULE_CONTEXT,
): DestructionSchedule {
  const schedule = destructionSchedule(endedOn, ctx);
  const earliest = addDays(today, parameterAt('destruction.warningDaysBefore', endedOn, ctx.parameters));
  return schedule.dueOn >= earliest
    ? schedule
    : { endedOn, dueOn: earliest, warnOn: today < endedOn ? endedOn : today };
}

/**
 * The last day a backup may still hold a copy of what was destroyed on `destroyedOn` (after it, no
 * copy remains): the backups' rolling retention (decision 047).
 */
export function backupsGoneOn(destroyedOn: PlainDate, ctx: RuleContext = DEFAULT_RULE_CONTEXT): PlainDate {
  return noCopyRemainsAfter(destroyedOn, ctx);
}

/** Days left before the destruction (0 on the day, never negative). */
export function daysBeforeDestruction(today: PlainDate, dueOn: PlainDate): number {
  return Math.max(0, daysBetween(today, dueOn));
}

export type DestructionStep = 'none' | 'warn_end' | 'warn_before' | 'destroy';

/**
 * What the sweep does today for a bilan's schedule, given what it already did: the end warning
 * once (it stands for the before-warning too when sent late), the before-warning once, then the
 * destruction once due.
 */
export function nextDestructionSteps(
  schedule: DestructionSchedule,
  done: { endWarned: boolean; beforeWarned: boolean; destroyed: boolean },
  today: PlainDate,
): DestructionStep[] {
  if (done.destroyed) return [];
  const steps: DestructionStep[] = [];
  if (!done.endWarned) steps.push('warn_end');
  else if (!done.beforeWarned && today >= schedule.warnOn && today < schedule.dueOn) steps.push('warn_before');
  if (today >= schedule.dueOn) steps.push('destroy');
  return steps;
}
