/**
 * The planned accompaniment of a bilan, checked against the parameters in force on a date:
 * never more than the legal maximum (L6313-4: 24 h), and for the CPF at least the minimum of
 * effective accompaniment (R6313-4 since 26 Feb 2026: 13 h).
 */
import { formatMinutes } from '../../shared/duration.ts';
import type { PlainDate } from '../../shared/calendar/plain-date.ts';
import { parameterAt, parameterAtIfIntroduced } from '../../shared/parameters/lookup.ts';
import type { ParameterTable } from '../../shared/parameters/definitions.ts';
import { DEFAULT_PARAMETER_TABLE } from '../../shared/parameters/default-table.ts';
import type { Financing } from '../../financing/domain/catalog.ts';

/** The least accompaniment a bilan may plan: below one hour, the figure is a typing slip ("0,01"). */
export const MIN_PLANNED_MINUTES = 60;

export type PlannedHoursProblem =
  | { code: 'not_positive'; message: string }
  | { code: 'above_maximum'; maxMinutes: number; message: string }
  | { code: 'below_cpf_minimum'; minMinutes: number; message: string };

export function plannedHoursProblem(
  minutes: number,
  financing: Financing,
  on: PlainDate,
  table: ParameterTable = DEFAULT_PARAMETER_TABLE,
): PlannedHoursProblem | undefined {
  if (!Number.isInteger(minutes) || minutes < MIN_PLANNED_MINUTES) {
    return {
      code: 'not_positive',
      message: `Indiquez une durée d’accompagnement d’au moins ${formatMinutes(MIN_PLANNED_MINUTES)}.`,
    };
  }
  const max = parameterAt('bilan.maxAccompanimentMinutes', on, table);
  if (minutes > max) {
    return {
      code: 'above_maximum',
      maxMinutes: max,
      message: `Un bilan de compétences ne peut pas dépasser ${formatMinutes(max)} d’accompagnement (article L6313-4 du Code du travail).`,
    };
  }
  if (financing === 'cpf') {
    const min = parameterAtIfIntroduced('cpf.minAccompanimentMinutes', on, table);
    if (min !== undefined && minutes < min) {
      return {
        code: 'below_cpf_minimum',
        minMinutes: min,
        message: `Un bilan financé par le CPF doit prévoir au moins ${formatMinutes(min)} d’accompagnement effectif.`,
      };
    }
  }
  return undefined;
}
