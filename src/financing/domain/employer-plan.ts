/**
 * Employer-funded bilans (*plan de développement des compétences*, *congé de reclassement*):
 * the tripartite convention and its 10-day signature clock (R6313-8, legal.md BC-15, EMP-01),
 * and the rule that the employer cannot be the provider (R6313-5, BC-13).
 *
 * The clock runs in calendar days from the day the employer sent the draft to the employee
 * (that day not counted): sent on 4 May, the employee may sign until 14 May included; on
 * 15 May, silence has become refusal. No extension to the next working day is applied (the
 * text provides none). Refusing is never a fault: every message says so in neutral terms.
 */
import { addDays, daysBetween, type PlainDate } from '../../shared/calendar/plain-date.ts';
import { DEFAULT_RULE_CONTEXT, type RuleContext } from '../../shared/rules/context.ts';
import { formatDateFr } from '../../shared/rules/format.ts';
import { parameterAt } from '../../shared/parameters/lookup.ts';
import { ruleError, ruleInfo, toReport, type RuleIssue, type RuleReport } from '../../shared/rules/result.ts';

/** Last day on which the employee can sign the convention. */
export function conventionSignatureDeadline(sentOn: PlainDate, ctx: RuleContext = DEFAULT_RULE_CONTEXT): PlainDate {
  return addDays(sentOn, parameterAt('employer.conventionSignatureDays', sentOn, ctx.parameters));
}

export const REFUSAL_IS_NOT_A_FAULT = 'Ce refus ne constitue ni une faute ni un motif de licenciement.';

export type ConventionSignatureCode = 'convention_signed_before_sending' | 'convention_signature_deadline_passed';

/** Checks an employee's signature date when it is recorded (nothing is saved on error). */
export function checkConventionSignature(
  input: { sentOn: PlainDate; signedOn: PlainDate },
  ctx: RuleContext = DEFAULT_RULE_CONTEXT,
): RuleReport<ConventionSignatureCode> {
  const deadline = conventionSignatureDeadline(input.sentOn, ctx);
  if (input.signedOn < input.sentOn) {
    return toReport([
      ruleError(
        'convention_signed_before_sending',
        `La date de signature (${formatDateFr(input.signedOn)}) précède l’envoi de la convention au ou à la salarié·e ` +
          `(${formatDateFr(input.sentOn)}).`,
        { sentOn: input.sentOn, signedOn: input.signedOn },
      ),
    ]);
  }
  if (input.signedOn > deadline) {
    return toReport([
      ruleError(
        'convention_signature_deadline_passed',
        `Le délai de signature de la convention a pris fin le ${formatDateFr(deadline)} : sans signature dans ce délai, ` +
          `la convention est réputée refusée. ${REFUSAL_IS_NOT_A_FAULT} Une nouvelle convention peut être proposée.`,
        { sentOn: input.sentOn, signedOn: input.signedOn, deadline },
      ),
    ]);
  }
  return toReport([]);
}

export type ConventionStatus = 'awaiting_signature' | 'signed' | 'refused' | 'refused_by_silence';

export interface ConventionFacts {
  /** Day the employer sent the draft to the employee. */
  sentOn: PlainDate;
  employeeSignedOn?: PlainDate | null | undefined;
  employeeRefusedOn?: PlainDate | null | undefined;
}

export interface ConventionStatusAt {
  status: ConventionStatus;
  deadline: PlainDate;
  /** Calendar days left to sign, the deadline day included (awaiting only). */
  daysLeft?: number;
  issue?: RuleIssue<'convention_awaiting_signature' | 'convention_refused_by_silence'>;
}

/**
 * The convention's status on `date` (a pure "status at date": a sweep calls it with today).
 * A signature dated after the deadline does not revive it: silence had already meant refusal.
 */
export function conventionStatusAt(
  facts: ConventionFacts,
  date: PlainDate,
  ctx: RuleContext = DEFAULT_RULE_CONTEXT,
): ConventionStatusAt {
  const deadline = conventionSignatureDeadline(facts.sentOn, ctx);
  const signed = facts.employeeSignedOn;
  const refused = facts.employeeRefusedOn;
  if (signed && signed <= date && signed >= facts.sentOn && signed <= deadline) return { status: 'signed', deadline };
  if (refused && refused <= date && refused <= deadline) return { status: 'refused', deadline };
  if (date > deadline) {
    return {
      status: 'refused_by_silence',
      deadline,
      issue: ruleInfo(
        'convention_refused_by_silence',
        `La convention n’a pas été signée au plus tard le ${formatDateFr(deadline)} : elle est réputée refusée. ${REFUSAL_IS_NOT_A_FAULT}`,
        { deadline },
      ),
    };
  }
  const daysLeft = daysBetween(date, deadline) + 1;
  return {
    status: 'awaiting_signature',
    deadline,
    daysLeft,
    issue: ruleInfo(
      'convention_awaiting_signature',
      `La convention attend la signature du ou de la salarié·e, possible jusqu’au ${formatDateFr(deadline)} inclus. ` +
        `Sans réponse dans ce délai, elle sera réputée refusée. ${REFUSAL_IS_NOT_A_FAULT}`,
      { deadline, daysLeft },
    ),
  };
}

/** The 9-digit SIREN of a SIREN or SIRET, spaces ignored; null when it is neither. */
export function sirenOf(identifier: string): string | null {
  const digits = identifier.replace(/[\s\u00A0\u202F]/g, '');
  return /^\d{9}(\d{5})?$/.test(digits) ? digits.slice(0, 9) : null;
}

export type EmployerProviderCode = 'invalid_siren' | 'employer_is_provider';

/** An employer cannot carry out bilans of its own employees (R6313-5, legal.md BC-13). */
export function checkEmployerIsNotProvider(input: {
  employerSiret: string;
  providerSiret: string;
}): RuleReport<EmployerProviderCode> {
  const employer = sirenOf(input.employerSiret);
  const provider = sirenOf(input.providerSiret);
  const issues: RuleIssue<EmployerProviderCode>[] = [];
  for (const [value, who] of [
    [employer, input.employerSiret],
    [provider, input.providerSiret],
  ] as const) {
    if (value === null) {
      issues.push(
        ruleError('invalid_siren', `« ${who} » n’est ni un SIREN (9 chiffres) ni un SIRET (14 chiffres).`, {
          input: who,
        }),
      );
    }
  }
  if (issues.length === 0 && employer === provider) {
    issues.push(
      ruleError(
        'employer_is_provider',
        'L’employeur ne peut pas réaliser lui-même le bilan de ses salarié·es : il doit faire appel à un organisme extérieur.',
        { siren: employer },
      ),
    );
  }
  return toReport(issues);
}
