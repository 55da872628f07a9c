/**
 * What every rule needs besides its input: the parameter table and the holiday calendar.
 *
 * Rules take a `RuleContext` as their last argument, defaulting to the shipped table and the
 * national calendar. A service builds one per organisation (Alsace-Moselle holidays, provider
 * settings such as the follow-up delay); tests build one with overridden values.
 */
import { NATIONAL_HOLIDAYS, type HolidayOptions } from '../calendar/holidays.ts';
import { DEFAULT_PARAMETER_TABLE } from '../parameters/default-table.ts';
import type { ParameterTable } from '../parameters/definitions.ts';

export interface RuleContext {
  parameters: ParameterTable;
  holidays: HolidayOptions;
}

export const DEFAULT_RULE_CONTEXT: RuleContext = Object.freeze({
  parameters: DEFAULT_PARAMETER_TABLE,
  holidays: NATIONAL_HOLIDAYS,
});

export function ruleContext(overrides: Partial<RuleContext> = {}): RuleContext {
  return { ...DEFAULT_RULE_CONTEXT, ...overrides };
}
