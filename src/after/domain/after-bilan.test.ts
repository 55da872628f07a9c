import { describe, expect, it } from 'vitest';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { ruleContext } from '../../shared/rules/context.ts';
import { DEFAULT_PARAMETER_TABLE } from '../../shared/parameters/default-table.ts';
import { replaceParameter } from '../../shared/parameters/table.ts';
import { checkRetentionExpiry, followUpDueOn, retentionLimit } from './after-bilan.ts';

const d = parsePlainDate;

describe('follow-up interview', () => {
  it('is due 6 months after the end by default, clamped to the end of the month', () => {
    expect(followUpDueOn(d('2026-06-30'))).toBe('2026-12-30');
    expect(followUpDueOn(d('2026-08-31'))).toBe('2027-02-28');
  });

  it("follows the organisation's setting", () => {
    const nineMonths = replaceParameter(DEFAULT_PARAMETER_TABLE, 'followUp.defaultDelayMonths', [
      { value: 9, effectiveFrom: d('2019-01-01'), source: 'réglage organisme', certainty: 'V' },
    ]);
    expect(followUpDueOn(d('2026-06-30'), ruleContext({ parameters: nineMonths }))).toBe('2027-03-30');
  });
});

describe('retention with written agreement', () => {
  const endedOn = d('2026-06-30');

  it('allows up to 3 years after the end, not a day more', () => {
    expect(retentionLimit(endedOn)).toBe('2029-06-30');
    expect(checkRetentionExpiry({ endedOn, expiresOn: d('2029-06-30') }).ok).toBe(true);
    const report = checkRetentionExpiry({ endedOn, expiresOn: d('2029-07-01') });
    expect(report.issues.map((issue) => issue.code)).toEqual(['retention_beyond_maximum']);
    expect(report.issues[0]?.message).toBe(
      'Les documents conservés avec l’accord écrit du ou de la bénéficiaire ne peuvent pas l’être plus de 3\u00A0ans après la ' +
        'fin du bilan : date de destruction au plus tard le 30 juin 2029.',
    );
  });

  it('allowed 1 year for bilans ended before 31 December 2023', () => {
    expect(retentionLimit(d('2023-12-30'))).toBe('2024-12-30');
    expect(retentionLimit(d('2023-12-31'))).toBe('2026-12-31');
  });

  it('refuses an expiry on or before the end', () => {
    expect(checkRetentionExpiry({ endedOn, expiresOn: endedOn }).issues[0]?.code).toBe(
      'retention_expiry_not_after_end',
    );
    expect(checkRetentionExpiry({ endedOn, expiresOn: d('2026-07-01') }).ok).toBe(true);
  });
});
