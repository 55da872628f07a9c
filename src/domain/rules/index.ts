/**
 * Pure rules of the bilan journey (issue 3): the date-effective parameter table, the French
 * working-day calendar, financing rules (CPF, employer plan, self-funded, other funders),
 * session planning and counters, phase checklists, and after-bilan periods.
 *
 * Conventions shared by every module:
 * - dates are `PlainDate` (`YYYY-MM-DD`), wall-clock times `LocalDateTime` (`YYYY-MM-DDTHH:mm`);
 *   "now" and "today" always come in as arguments;
 * - money is integer cents, durations integer minutes, percentages basis points;
 * - every threshold is read from a `ParameterTable` through the `RuleContext` passed last
 *   (default: `DEFAULT_RULE_CONTEXT`), never from a constant;
 * - checks return a `RuleReport` whose issues carry a stable code, a severity and a French
 *   message; `ok` is false when an issue is an error (answer 4xx, save nothing).
 */
export * from '../../shared/rules/result.ts';
export * from '../../shared/rules/format.ts';
export * from '../../shared/rules/amounts.ts';
export * from '../../shared/rules/context.ts';

export * from '../../shared/calendar/plain-date.ts';
export * from '../../shared/calendar/local-date-time.ts';
export * from '../../shared/calendar/holidays.ts';
export * from '../../shared/calendar/working-days.ts';

export * from '../../shared/parameters/definitions.ts';
export * from '../../shared/parameters/table.ts';
export * from '../../shared/parameters/default-table.ts';
export * from '../../shared/parameters/lookup.ts';

export * from '../../financing/domain/cpf-calendar.ts';
export * from '../../financing/domain/cpf-funding.ts';
export * from '../../financing/domain/employer-plan.ts';
export * from '../../financing/domain/self-funded.ts';
export * from '../../financing/domain/catalog.ts';

export * from '../../seances/domain/seance.ts';
export * from '../../seances/domain/plan.ts';
export * from '../../seances/domain/counters.ts';

export * from '../../bilans/domain/phase-checklists.ts';

export * from './after/after-bilan.ts';
