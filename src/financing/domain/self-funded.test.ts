import { describe, expect, it } from 'vitest';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import {
  checkPaymentSchedule,
  checkSelfFundedStart,
  firstPaymentAllowedOn,
  withdrawalPeriodEnd,
} from './self-funded.ts';

const d = parsePlainDate;
const signedOn = d('2026-05-04');
const codes = (report: { issues: { code: string }[] }) => report.issues.map((issue) => issue.code);
const schedule = (priceCents: number, ...instalments: [string, number][]) =>
  checkPaymentSchedule({
    priceCents,
    signedOn,
    instalments: instalments.map(([dueOn, amountCents]) => ({ dueOn: d(dueOn), amountCents })),
  });

describe('self-funded withdrawal period (10 days)', () => {
  it('ends on day 10; payments may fall due from day 11', () => {
    expect(withdrawalPeriodEnd(signedOn)).toBe('2026-05-14');
    expect(firstPaymentAllowedOn(signedOn)).toBe('2026-05-15');
  });

  it('warns when the bilan starts inside the period, unless the beneficiary asked', () => {
    expect(codes(checkSelfFundedStart({ signedOn, startOn: d('2026-05-14'), earlyStartRequested: false }))).toEqual([
      'start_during_withdrawal',
    ]);
    expect(checkSelfFundedStart({ signedOn, startOn: d('2026-05-15'), earlyStartRequested: false }).issues).toEqual([]);
    expect(checkSelfFundedStart({ signedOn, startOn: d('2026-05-10'), earlyStartRequested: true }).issues).toEqual([]);
  });
});

describe('payment schedule', () => {
  it('accepts a first payment of exactly 30 % on day 11, the rest later', () => {
    expect(schedule(150000, ['2026-05-15', 45000], ['2026-06-15', 50000], ['2026-07-15', 55000])).toEqual({
      ok: true,
      issues: [],
    });
  });

  it('refuses a payment due on day 10 (inside the withdrawal period)', () => {
    const report = schedule(150000, ['2026-05-14', 45000], ['2026-06-15', 105000]);
    expect(codes(report)).toEqual(['payment_during_withdrawal']);
    expect(report.issues[0]?.message).toBe(
      'Aucun paiement ne peut être exigé pendant le délai de rétractation, qui se termine le 14 mai 2026 : ' +
        'la première échéance peut être fixée au plus tôt le 15 mai 2026.',
    );
  });

  it('refuses a first payment one cent above 30 %, counting every instalment of the first date', () => {
    const report = schedule(150000, ['2026-05-15', 45001], ['2026-06-15', 104999]);
    expect(codes(report)).toEqual(['first_payment_above_cap']);
    expect(report.issues[0]?.message).toBe(
      'Le premier paiement (450,01\u00A0€) dépasse 30\u00A0% du prix (1\u202F500,00\u00A0€) : il est limité à 450,00\u00A0€, ' +
        'le solde étant échelonné au fil du bilan.',
    );
    expect(codes(schedule(150000, ['2026-05-15', 30000], ['2026-05-15', 15001], ['2026-06-15', 104999]))).toEqual([
      'first_payment_above_cap',
    ]);
  });

  it('compares without rounding when 30 % is not a whole number of cents', () => {
    // 30 % of 1,000.01 € is 300.003 €: 300.00 € is allowed, 300.01 € is not.
    expect(schedule(100001, ['2026-05-20', 30000], ['2026-06-20', 70001]).ok).toBe(true);
    expect(codes(schedule(100001, ['2026-05-20', 30001], ['2026-06-20', 70000]))).toEqual(['first_payment_above_cap']);
  });

  it('requires the instalments to sum to the price', () => {
    expect(codes(schedule(150000, ['2026-05-15', 45000], ['2026-06-15', 104999]))).toEqual(['schedule_total_mismatch']);
  });

  it('refuses malformed amounts and an empty schedule, naming them', () => {
    expect(codes(schedule(150000))).toEqual(['schedule_empty']);
    expect(codes(schedule(150000, ['2026-05-15', 450.5], ['2026-06-15', 0]))).toEqual([
      'invalid_amount',
      'invalid_amount',
    ]);
    expect(schedule(150000, ['2026-05-15', -1]).issues[0]?.message).toBe(
      'L’échéance n° 1 doit être un montant positif, en centimes entiers.',
    );
    expect(codes(schedule(1500.5, ['2026-05-15', 450]))).toEqual(['invalid_amount']);
  });
});
