/**
 * After the bilan: when the follow-up interview is due, and how long documents kept with the
 * beneficiary's written agreement may be retained (R6313-7, legal.md BC-11, BC-12, GDPR-09).
 *
 * Both periods run from the end of the bilan. The start point of the retention period is not
 * spelled out by the sources (legal.md §9.1): the end of the action is the reading used here.
 */
import { addMonths, addYears, type PlainDate } from '../../shared/calendar/plain-date.ts';
import { DEFAULT_RULE_CONTEXT, type RuleContext } from '../../shared/rules/context.ts';
import { formatDateFr, pluralFr } from '../../shared/rules/format.ts';
import { parameterAt } from '../../shared/parameters/lookup.ts';
import { ruleError, toReport, type RuleReport } from '../../shared/rules/result.ts';

/** The default date of the follow-up interview: the end plus the organisation's delay (6 months). */
export function followUpDueOn(endedOn: PlainDate, ctx: RuleContext = DEFAULT_RULE_CONTEXT): PlainDate {
  return addMonths(endedOn, parameterAt('followUp.defaultDelayMonths', endedOn, ctx.parameters));
}

/** The latest expiry date of documents kept with written agreement. */
export function retentionLimit(endedOn: PlainDate, ctx: RuleContext = DEFAULT_RULE_CONTEXT): PlainDate {
  return addYears(endedOn, parameterAt('retention.writtenAgreementMaxYears', endedOn, ctx.parameters));
}

export type RetentionCode = 'retention_expiry_not_after_end' | 'retention_beyond_maximum';

/** Checks the expiry date chosen for documents the beneficiary agreed in writing to keep. */
export function checkRetentionExpiry(
  input: { endedOn: PlainDate; expiresOn: PlainDate },
  ctx: RuleContext = DEFAULT_RULE_CONTEXT,
): RuleReport<RetentionCode> {
  if (input.expiresOn <= input.endedOn) {
    return toReport([
      ruleError(
        'retention_expiry_not_after_end',
        `La date de destruction des documents conservés (${formatDateFr(input.expiresOn)}) doit être postérieure à la fin du ` +
          `bilan (${formatDateFr(input.endedOn)}).`,
        { endedOn: input.endedOn, expiresOn: input.expiresOn },
      ),
    ]);
  }
  const limit = retentionLimit(input.endedOn, ctx);
  if (input.expiresOn <= limit) return toReport([]);
  const years = parameterAt('retention.writtenAgreementMaxYears', input.endedOn, ctx.parameters);
  return toReport([
    ruleError(
      'retention_beyond_maximum',
      `Les documents conservés avec l’accord écrit du ou de la bénéficiaire ne peuvent pas l’être plus de ` +
        `${pluralFr(years, 'an', 'ans')} après la fin du bilan : date de destruction au plus tard le ${formatDateFr(limit)}.`,
      { endedOn: input.endedOn, expiresOn: input.expiresOn, limit },
    ),
  ]);
}
