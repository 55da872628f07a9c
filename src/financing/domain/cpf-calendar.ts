/**
 * CPF (Mon Compte Formation / EDOF) delays counted in working days: the earliest start after the
 * order is validated, the provider's answer to a request, free cancellation, EDOF declarations.
 *
 * Each delay reads the parameter in force on the date that starts it (validation, request,
 * start, end), in the context's holiday calendar. Sources and certainty: legal.md CPF-04 to
 * CPF-06; the terms of use change by version, hence the parameters.
 */
import { addDays, type PlainDate } from '../../shared/calendar/plain-date.ts';
import { addWorkingDays, nextWorkingDay } from '../../shared/calendar/working-days.ts';
import { DEFAULT_RULE_CONTEXT, type RuleContext } from '../../shared/rules/context.ts';
import { formatDateFr, pluralFr } from '../../shared/rules/format.ts';
import { parameterAt, parameterIntroducedOn } from '../../shared/parameters/lookup.ts';
import {
  ruleError,
  ruleInfo,
  ruleWarning,
  toReport,
  type RuleIssue,
  type RuleReport,
} from '../../shared/rules/result.ts';

/**
 * The first day a CPF order can have been validated: the opening of Mon Compte Formation, from
 * which the delays below are known. An earlier validation date is a typing mistake, refused
 * where it is entered rather than left to stop the rules later.
 */
export function cpfOrdersOpenedOn(ctx: RuleContext = DEFAULT_RULE_CONTEXT): PlainDate {
  return parameterIntroducedOn('cpf.minStartDelayWorkingDays', ctx.parameters);
}

/**
 * The earliest start of a CPF bilan: the first working day after 11 full working days following
 * the day the holder validated the order (the validation day itself never counts).
 *
 * Worked example (issue 3), validation on Monday 2026-05-04, French holidays of May 2026:
 * Friday 1 May (Fête du Travail), Friday 8 May (Victoire 1945), Thursday 14 May (Ascension,
 * Easter 5 April + 39), Monday 25 May (lundi de Pentecôte, Easter + 50).
 *   working day  1 Tue 05-05,  2 Wed 05-06,  3 Thu 05-07   (Fri 05-08 holiday, weekend)
 *   working day  4 Mon 05-11,  5 Tue 05-12,  6 Wed 05-13   (Thu 05-14 Ascension)
 *   working day  7 Fri 05-15                                (weekend)
 *   working day  8 Mon 05-18,  9 Tue 05-19, 10 Wed 05-20, 11 Thu 05-21
 * Eleven full working days end on Thursday 21 May; the first working day after is Friday
 * 2026-05-22, the earliest start.
 */
export function cpfEarliestStart(validatedOn: PlainDate, ctx: RuleContext = DEFAULT_RULE_CONTEXT): PlainDate {
  const delay = parameterAt('cpf.minStartDelayWorkingDays', validatedOn, ctx.parameters);
  return nextWorkingDay(addWorkingDays(validatedOn, delay, ctx.holidays), ctx.holidays);
}

export type CpfStartCode = 'cpf_start_too_early';

/** Refuses a start date before `cpfEarliestStart` (a non-working day after it is accepted). */
export function checkCpfStartDate(
  input: { validatedOn: PlainDate; startOn: PlainDate },
  ctx: RuleContext = DEFAULT_RULE_CONTEXT,
): RuleReport<CpfStartCode> {
  const earliest = cpfEarliestStart(input.validatedOn, ctx);
  if (input.startOn >= earliest) return toReport([]);
  const delay = parameterAt('cpf.minStartDelayWorkingDays', input.validatedOn, ctx.parameters);
  return toReport([
    ruleError(
      'cpf_start_too_early',
      `La date de début (${formatDateFr(input.startOn)}) est trop proche de la validation de la commande CPF ` +
        `(${formatDateFr(input.validatedOn)}) : ${pluralFr(delay, 'jour ouvré plein doit', 'jours ouvrés pleins doivent')} ` +
        `s’écouler. Le bilan peut commencer au plus tôt le ${formatDateFr(earliest)}.`,
      { validatedOn: input.validatedOn, startOn: input.startOn, earliestStart: earliest },
    ),
  ]);
}

/** Last day on which the provider can answer a CPF registration request (the request then lapses). */
export function cpfAnswerDeadline(receivedOn: PlainDate, ctx: RuleContext = DEFAULT_RULE_CONTEXT): PlainDate {
  const delay = parameterAt('cpf.providerAnswerWorkingDays', receivedOn, ctx.parameters);
  return addWorkingDays(receivedOn, delay, ctx.holidays);
}

export type CpfAnswerState = 'answered' | 'open' | 'due_soon' | 'lapsed';
export type CpfAnswerCode = 'cpf_answer_due_soon' | 'cpf_request_lapsed';

/**
 * Where a CPF request stands on `today`: `due_soon` from the first working day after receipt
 * (the warning of legal.md CPF-04), `lapsed` once the deadline has passed without an answer.
 */
export function cpfAnswerStatus(
  input: { receivedOn: PlainDate; answeredOn?: PlainDate | null | undefined },
  today: PlainDate,
  ctx: RuleContext = DEFAULT_RULE_CONTEXT,
): { deadline: PlainDate; state: CpfAnswerState; issue?: RuleIssue<CpfAnswerCode> } {
  const deadline = cpfAnswerDeadline(input.receivedOn, ctx);
  if (input.answeredOn && input.answeredOn <= deadline) return { deadline, state: 'answered' };
  if (today > deadline || (input.answeredOn && input.answeredOn > deadline)) {
    return {
      deadline,
      state: 'lapsed',
      issue: ruleWarning(
        'cpf_request_lapsed',
        `La demande CPF reçue le ${formatDateFr(input.receivedOn)} n’a pas reçu de réponse au plus tard le ` +
          `${formatDateFr(deadline)} : elle est devenue caduque.`,
        { receivedOn: input.receivedOn, deadline },
      ),
    };
  }
  if (today >= addWorkingDays(input.receivedOn, 1, ctx.holidays)) {
    return {
      deadline,
      state: 'due_soon',
      issue: ruleWarning(
        'cpf_answer_due_soon',
        `Répondez à la demande CPF reçue le ${formatDateFr(input.receivedOn)} au plus tard le ${formatDateFr(deadline)}.`,
        { receivedOn: input.receivedOn, deadline },
      ),
    };
  }
  return { deadline, state: 'open' };
}

/**
 * Last day on which the holder can cancel free of charge: cancelling is free when done more than
 * 7 working days before the start, that is strictly before the 7th working day preceding it.
 *
 * Example: start on Monday 2026-06-15. Going back 7 working days: Fri 12 (1), Thu 11 (2),
 * Wed 10 (3), Tue 9 (4), Mon 8 (5), Fri 5 (6), Thu 4 (7). Cancelling is free until Wednesday
 * 2026-06-03 included; on Thursday 4 June it is exactly 7 working days before, no longer "more".
 * Force majeure (legal.md CPF-05) is handled by the caller: it makes any cancellation neutral.
 */
export function cpfLastFreeCancellationDay(startOn: PlainDate, ctx: RuleContext = DEFAULT_RULE_CONTEXT): PlainDate {
  const delay = parameterAt('cpf.freeCancellationWorkingDays', startOn, ctx.parameters);
  return addDays(addWorkingDays(startOn, -delay, ctx.holidays), -1);
}

export function isCpfCancellationFree(
  input: { startOn: PlainDate; cancelledOn: PlainDate },
  ctx: RuleContext = DEFAULT_RULE_CONTEXT,
): boolean {
  return input.cancelledOn <= cpfLastFreeCancellationDay(input.startOn, ctx);
}

export const EDOF_DECLARATION_KINDS = ['entry', 'exit'] as const;
export type EdofDeclarationKind = (typeof EDOF_DECLARATION_KINDS)[number];
export type EdofDeclarationState = 'declared_on_time' | 'declared_late' | 'pending' | 'overdue';
export type EdofDeclarationCode = 'edof_declaration_pending' | 'edof_declaration_overdue';

const EDOF_KEYS = {
  entry: 'cpf.edofEntryDeclarationWorkingDays',
  exit: 'cpf.edofExitDeclarationWorkingDays',
} as const;

const EDOF_WHAT = {
  entry: { object: 'l’entrée en formation', declaration: 'La déclaration de l’entrée en formation' },
  exit: { object: 'la sortie et le service fait', declaration: 'La déclaration de la sortie et du service fait' },
} as const;

/** Last day to declare on EDOF the entry (from the actual start) or the exit (from the end). */
export function edofDeclarationDeadline(
  kind: EdofDeclarationKind,
  eventOn: PlainDate,
  ctx: RuleContext = DEFAULT_RULE_CONTEXT,
): PlainDate {
  return addWorkingDays(eventOn, parameterAt(EDOF_KEYS[kind], eventOn, ctx.parameters), ctx.holidays);
}

/** The EDOF reminder of legal.md CPF-06: pending with its deadline, overdue, or done. */
export function edofDeclarationStatus(
  input: { kind: EdofDeclarationKind; eventOn: PlainDate; declaredOn?: PlainDate | null | undefined },
  today: PlainDate,
  ctx: RuleContext = DEFAULT_RULE_CONTEXT,
): { deadline: PlainDate; state: EdofDeclarationState; issue?: RuleIssue<EdofDeclarationCode> } {
  const deadline = edofDeclarationDeadline(input.kind, input.eventOn, ctx);
  if (input.declaredOn) return { deadline, state: input.declaredOn <= deadline ? 'declared_on_time' : 'declared_late' };
  const data = { kind: input.kind, eventOn: input.eventOn, deadline };
  if (today > deadline) {
    return {
      deadline,
      state: 'overdue',
      issue: ruleWarning(
        'edof_declaration_overdue',
        `${EDOF_WHAT[input.kind].declaration} sur EDOF devait être faite au plus tard le ${formatDateFr(deadline)}.`,
        data,
      ),
    };
  }
  return {
    deadline,
    state: 'pending',
    issue: ruleInfo(
      'edof_declaration_pending',
      `Déclarez ${EDOF_WHAT[input.kind].object} sur EDOF au plus tard le ${formatDateFr(deadline)}.`,
      data,
    ),
  };
}
