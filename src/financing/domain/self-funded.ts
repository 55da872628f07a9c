/**
 * Self-funded bilans (the beneficiary pays): the withdrawal period after signing the individual
 * contract and the payment schedule (L6353-5 and L6353-6, legal.md BC-16).
 *
 * Both articles were written for *actions de formation*; providers apply them to bilans but this
 * is unconfirmed (legal.md §9.7), hence the parameters with certainty U. Consumer law may add a
 * 14-day withdrawal right for distance sales (Code de la consommation L221-18): not modelled.
 *
 * Days are calendar days from the signature (that day not counted): signed on 4 May, the
 * withdrawal period ends on 14 May; no payment may fall due before 15 May.
 */
import { addDays, type PlainDate } from '../../shared/calendar/plain-date.ts';
import { DEFAULT_RULE_CONTEXT, type RuleContext } from '../../shared/rules/context.ts';
import { checkCents } from '../../shared/rules/amounts.ts';
import { formatBasisPointsFr, formatDateFr, formatEurosFr } from '../../shared/rules/format.ts';
import { parameterAt } from '../../shared/parameters/lookup.ts';
import { ruleError, ruleWarning, toReport, type RuleIssue, type RuleReport } from '../../shared/rules/result.ts';

/** Last day of the withdrawal period. */
export function withdrawalPeriodEnd(signedOn: PlainDate, ctx: RuleContext = DEFAULT_RULE_CONTEXT): PlainDate {
  return addDays(signedOn, parameterAt('selfFunded.withdrawalDays', signedOn, ctx.parameters));
}

/** First day on which a payment may fall due. */
export function firstPaymentAllowedOn(signedOn: PlainDate, ctx: RuleContext = DEFAULT_RULE_CONTEXT): PlainDate {
  return addDays(withdrawalPeriodEnd(signedOn, ctx), 1);
}

export interface Instalment {
  dueOn: PlainDate;
  amountCents: number;
}

export type PaymentScheduleCode =
  | 'invalid_amount'
  | 'schedule_empty'
  | 'payment_during_withdrawal'
  | 'first_payment_above_cap'
  | 'schedule_total_mismatch';

/**
 * Validates a payment schedule: amounts in whole positive cents, nothing due before the
 * withdrawal period ends, the first payment (every instalment due on the earliest date) at most
 * 30 % of the price, and the instalments summing exactly to the price.
 */
export function checkPaymentSchedule(
  input: { priceCents: number; signedOn: PlainDate; instalments: readonly Instalment[] },
  ctx: RuleContext = DEFAULT_RULE_CONTEXT,
): RuleReport<PaymentScheduleCode> {
  const issues: RuleIssue<PaymentScheduleCode>[] = [];
  const invalidPrice = checkCents(input.priceCents, 'Le prix');
  if (invalidPrice) issues.push(invalidPrice);
  input.instalments.forEach((instalment, index) => {
    const invalid = checkCents(instalment.amountCents, `L’échéance n° ${index + 1}`);
    if (invalid || instalment.amountCents === 0) {
      issues.push(
        ruleError('invalid_amount', `L’échéance n° ${index + 1} doit être un montant positif, en centimes entiers.`, {
          index,
          value: Number.isFinite(instalment.amountCents) ? instalment.amountCents : String(instalment.amountCents),
        }),
      );
    }
  });
  if (input.instalments.length === 0) {
    issues.push(ruleError('schedule_empty', 'L’échéancier doit comporter au moins une échéance.'));
  }
  if (issues.length > 0) return toReport(issues);

  const allowedFrom = firstPaymentAllowedOn(input.signedOn, ctx);
  const early = input.instalments.filter((instalment) => instalment.dueOn < allowedFrom);
  if (early.length > 0) {
    issues.push(
      ruleError(
        'payment_during_withdrawal',
        `Aucun paiement ne peut être exigé pendant le délai de rétractation, qui se termine le ` +
          `${formatDateFr(withdrawalPeriodEnd(input.signedOn, ctx))} : la première échéance peut être fixée au plus tôt le ` +
          `${formatDateFr(allowedFrom)}.`,
        { firstPaymentAllowedOn: allowedFrom, earliestDueOn: early.map((i) => i.dueOn).sort()[0] ?? null },
      ),
    );
  }

  const firstDate = input.instalments.map((instalment) => instalment.dueOn).sort()[0];
  const firstAmount = input.instalments
    .filter((instalment) => instalment.dueOn === firstDate)
    .reduce((sum, instalment) => sum + instalment.amountCents, 0);
  const maxBasisPoints = parameterAt('selfFunded.firstPaymentMaxBasisPoints', input.signedOn, ctx.parameters);
  // Integer comparison of firstAmount / price ≤ maxBasisPoints / 10 000, without rounding.
  if (firstAmount * 10_000 > input.priceCents * maxBasisPoints) {
    const maxFirstCents = Math.floor((input.priceCents * maxBasisPoints) / 10_000);
    issues.push(
      ruleError(
        'first_payment_above_cap',
        `Le premier paiement (${formatEurosFr(firstAmount)}) dépasse ${formatBasisPointsFr(maxBasisPoints)} du prix ` +
          `(${formatEurosFr(input.priceCents)}) : il est limité à ${formatEurosFr(maxFirstCents)}, le solde étant échelonné ` +
          'au fil du bilan.',
        { firstAmountCents: firstAmount, maxFirstCents, priceCents: input.priceCents },
      ),
    );
  }

  const total = input.instalments.reduce((sum, instalment) => sum + instalment.amountCents, 0);
  if (total !== input.priceCents) {
    issues.push(
      ruleError(
        'schedule_total_mismatch',
        `Le total des échéances (${formatEurosFr(total)}) doit être égal au prix (${formatEurosFr(input.priceCents)}).`,
        { totalCents: total, priceCents: input.priceCents },
      ),
    );
  }
  return toReport(issues);
}

export type SelfFundedStartCode = 'start_during_withdrawal';

/**
 * Warns when the bilan would start inside the withdrawal period, unless the beneficiary
 * expressly asked to start early (legal.md BC-16).
 */
export function checkSelfFundedStart(
  input: { signedOn: PlainDate; startOn: PlainDate; earlyStartRequested: boolean },
  ctx: RuleContext = DEFAULT_RULE_CONTEXT,
): RuleReport<SelfFundedStartCode> {
  const end = withdrawalPeriodEnd(input.signedOn, ctx);
  if (input.startOn > end || input.earlyStartRequested) return toReport([]);
  return toReport([
    ruleWarning(
      'start_during_withdrawal',
      `Le bilan commencerait pendant le délai de rétractation, qui se termine le ${formatDateFr(end)}. Il ne peut ` +
        'commencer plus tôt qu’à la demande expresse du ou de la bénéficiaire.',
      { withdrawalEndsOn: end, startOn: input.startOn },
    ),
  ]);
}
