import { describe, expect, it } from 'vitest';
import { parsePlainDate } from '../calendar/plain-date.ts';
import { DEFAULT_PARAMETER_TABLE } from '../parameters/default-table.ts';
import { replaceParameter } from '../parameters/table.ts';
import { backupRetentionDays, isBackupExpired, noCopyRemainsAfter } from './backup-retention.ts';
import { ruleContext } from './context.ts';

const d = parsePlainDate;

describe('the backups’ retention', () => {
  it('keeps 30 days by default, within the 35 days of legal.md GDPR-05', () => {
    expect(backupRetentionDays(d('2026-12-07'))).toBe(30);
  });

  it('expires a backup once it is more than the retention old, in Paris days', () => {
    expect(isBackupExpired(d('2026-11-07'), d('2026-12-07'), 30)).toBe(false);
    expect(isBackupExpired(d('2026-11-06'), d('2026-12-07'), 30)).toBe(true);
    expect(isBackupExpired(d('2026-12-07'), d('2026-12-07'), 0)).toBe(false);
  });

  it('says the last day a backup may still hold destroyed content, with the retention of the day of destruction', () => {
    expect(noCopyRemainsAfter(d('2026-12-07'))).toBe('2027-01-07');
    // The backup of 2026-12-07 (the latest that may hold it) expires on the day returned.
    expect(isBackupExpired(d('2026-12-07'), noCopyRemainsAfter(d('2026-12-07')), 30)).toBe(true);
    const shorter = ruleContext({
      parameters: replaceParameter(DEFAULT_PARAMETER_TABLE, 'backups.retentionDays', [
        { value: 30, effectiveFrom: d('2019-01-01'), effectiveTo: d('2026-12-31'), source: 'essai', certainty: 'V' },
        { value: 7, effectiveFrom: d('2027-01-01'), source: 'essai', certainty: 'V' },
      ]),
    });
    expect(noCopyRemainsAfter(d('2026-12-31'), shorter)).toBe('2027-01-31');
    expect(noCopyRemainsAfter(d('2027-01-01'), shorter)).toBe('2027-01-09');
  });
});
