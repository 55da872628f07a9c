import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, fromDayNumber, parsePlainDate, toDayNumber } from '../../shared/calendar/plain-date.ts';
import {
  answerDueOn,
  canExtend,
  deadlineState,
  extendedDueOn,
  reminderOn,
  sweepActionFor,
  type SweepFacts,
} from './deadline.ts';

const d = parsePlainDate;

describe('the deadline of a GDPR request (Art. 12(3))', () => {
  it('is one month after receipt, the same day of the month', () => {
    expect(answerDueOn(d('2026-03-15'))).toBe('2026-04-15');
    expect(answerDueOn(d('2026-12-07'))).toBe('2027-01-07');
  });

  it('ends on the last day of a shorter month, leap years included', () => {
    expect(answerDueOn(d('2026-01-31'))).toBe('2026-02-28');
    expect(answerDueOn(d('2028-01-31'))).toBe('2028-02-29');
    expect(answerDueOn(d('2028-01-29'))).toBe('2028-02-29');
    expect(answerDueOn(d('2100-01-30'))).toBe('2100-02-28');
    expect(answerDueOn(d('2000-01-30'))).toBe('2000-02-29');
    expect(answerDueOn(d('2026-03-31'))).toBe('2026-04-30');
    expect(answerDueOn(d('2028-02-29'))).toBe('2028-03-29');
  });

  it('once extended, runs three months from receipt', () => {
    expect(extendedDueOn(d('2026-01-31'))).toBe('2026-04-30');
    expect(extendedDueOn(d('2027-11-30'))).toBe('2028-02-29');
    expect(extendedDueOn(d('2026-12-07'))).toBe('2027-03-07');
  });

  it('always falls 28 to 31 days after receipt, and the extension 89 to 92 days', () => {
    const date = fc
      .integer({ min: toDayNumber(d('1990-01-01')), max: toDayNumber(d('2090-12-31')) })
      .map(fromDayNumber);
    fc.assert(
      fc.property(date, (received) => {
        const due = answerDueOn(received);
        const gap = daysBetween(received, due);
        expect(gap).toBeGreaterThanOrEqual(28);
        expect(gap).toBeLessThanOrEqual(31);
        const extended = daysBetween(received, extendedDueOn(received));
        expect(extended).toBeGreaterThanOrEqual(89);
        expect(extended).toBeLessThanOrEqual(92);
        // Same day of the month, or the month's last day.
        const day = Number(received.slice(8));
        const dueDay = Number(due.slice(8));
        expect(dueDay === day || dueDay < day).toBe(true);
      }),
    );
  });

  it('is due soon from seven days before, overdue the day after', () => {
    const deadline = d('2026-02-28');
    expect(reminderOn(deadline)).toBe('2026-02-21');
    expect(deadlineState(deadline, d('2026-02-20'))).toBe('on_time');
    expect(deadlineState(deadline, d('2026-02-21'))).toBe('due_soon');
    expect(deadlineState(deadline, d('2026-02-28'))).toBe('due_soon');
    expect(deadlineState(deadline, d('2026-03-01'))).toBe('overdue');
  });

  it('reminds once, alerts once, and forgets closed requests', () => {
    const open: SweepFacts = {
      dueOn: d('2026-02-28'),
      extendedDueOn: null,
      open: true,
      reminded: false,
      overdueAlerted: false,
    };
    expect(sweepActionFor(open, d('2026-02-20'))).toBe('none');
    expect(sweepActionFor(open, d('2026-02-21'))).toBe('remind');
    expect(sweepActionFor({ ...open, reminded: true }, d('2026-02-22'))).toBe('none');
    expect(sweepActionFor({ ...open, reminded: true }, d('2026-03-01'))).toBe('alert_overdue');
    expect(sweepActionFor(open, d('2026-03-10'))).toBe('alert_overdue');
    expect(sweepActionFor({ ...open, overdueAlerted: true }, d('2026-03-10'))).toBe('none');
    expect(sweepActionFor({ ...open, open: false }, d('2026-03-10'))).toBe('none');
    // Extended: the new deadline counts.
    expect(sweepActionFor({ ...open, extendedDueOn: d('2026-04-30') }, d('2026-03-10'))).toBe('none');
    expect(sweepActionFor({ ...open, extendedDueOn: d('2026-04-30') }, d('2026-04-23'))).toBe('remind');
  });

  it('may be extended once, until the first deadline', () => {
    const request = { dueOn: d('2026-02-28'), extendedDueOn: null };
    expect(canExtend(request, d('2026-02-28'))).toBe(true);
    expect(canExtend(request, d('2026-03-01'))).toBe(false);
    expect(canExtend({ ...request, extendedDueOn: d('2026-04-30') }, d('2026-02-01'))).toBe(false);
  });
});
