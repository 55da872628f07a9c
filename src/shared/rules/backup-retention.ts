/**
 * How destroyed content leaves the backups (decision 047; legal.md GDPR-05: backups expire on a
 * rolling window so that destruction propagates). `npm run backup` keeps the installation's
 * backups for `backups.retentionDays` days: each successful backup removes, from its folder, the
 * Sillage backups taken more than that many days before its own day (Paris days). Backups are
 * expected daily (the README's schedule), so content destroyed on day D is in no backup after
 * day D + retention + 1: the last backup that holds it, taken on D at the latest, is removed by
 * the backup of day D + retention + 1. The destruction certificate prints that day.
 */
import { addDays, daysBetween, type PlainDate } from '../calendar/plain-date.ts';
import { parameterAt } from '../parameters/lookup.ts';
import { DEFAULT_RULE_CONTEXT, type RuleContext } from './context.ts';

/** The retention in force on `on`, in calendar days. */
export function backupRetentionDays(on: PlainDate, ctx: RuleContext = DEFAULT_RULE_CONTEXT): number {
  return parameterAt('backups.retentionDays', on, ctx.parameters);
}

/** Whether a backup taken on `takenOn` is past the retention on `today` (both Paris days). */
export function isBackupExpired(takenOn: PlainDate, today: PlainDate, retentionDays: number): boolean {
  return daysBetween(takenOn, today) > retentionDays;
}

/**
 * The last day a backup may still hold content destroyed on `destroyedOn`: from the next day on,
 * no copy remains (the retention read on the day of destruction).
 */
export function noCopyRemainsAfter(destroyedOn: PlainDate, ctx: RuleContext = DEFAULT_RULE_CONTEXT): PlainDate {
  return addDays(destroyedOn, backupRetentionDays(destroyedOn, ctx) + 1);
}
