/**
 * Reading a parameter table at a date.
 *
 * `parameterAt` fails loudly (`ParameterNotInForceError`) when no value is in force on the date
 * asked, so a missing or expired value stops the action instead of silently applying a wrong
 * threshold. Every function takes the table last, defaulting to the shipped one, so tests and an
 * admin screen can inject another.
 */
import type { PlainDate } from '../calendar/plain-date.ts';
import { formatDateFr } from '../rules/format.ts';
import { DEFAULT_PARAMETER_TABLE } from './default-table.ts';
import { PARAMETER_DEFINITIONS, type ParameterEntry, type ParameterKey, type ParameterTable } from './definitions.ts';
import { InvalidParameterTableError } from './table.ts';

/** Thrown when a rule needs a parameter and no value is in force on the date. */
export class ParameterNotInForceError extends Error {
  readonly code = 'parameter_not_in_force';
  readonly key: ParameterKey;
  readonly date: PlainDate;
  constructor(key: ParameterKey, date: PlainDate) {
    super(
      `Aucune valeur du paramètre « ${PARAMETER_DEFINITIONS[key].label} » n’est en vigueur au ${formatDateFr(date)}.`,
    );
    this.name = 'ParameterNotInForceError';
    this.key = key;
    this.date = date;
  }
}

function inForce(entry: ParameterEntry, date: PlainDate): boolean {
  return entry.effectiveFrom <= date && (entry.effectiveTo === undefined || date <= entry.effectiveTo);
}

/** The entry of `key` in force on `date`, with its source and certainty; throws if none. */
export function parameterEntryAt(
  key: ParameterKey,
  date: PlainDate,
  table: ParameterTable = DEFAULT_PARAMETER_TABLE,
): Readonly<ParameterEntry> {
  const entry = table.find((candidate) => candidate.key === key && inForce(candidate, date));
  if (!entry) throw new ParameterNotInForceError(key, date);
  return entry;
}

/** The value of `key` on `date`, in the key's unit; throws `ParameterNotInForceError` if none. */
export function parameterAt(
  key: ParameterKey,
  date: PlainDate,
  table: ParameterTable = DEFAULT_PARAMETER_TABLE,
): number {
  return parameterEntryAt(key, date, table).value;
}

/** The first day a value of `key` is in force. */
export function parameterIntroducedOn(key: ParameterKey, table: ParameterTable = DEFAULT_PARAMETER_TABLE): PlainDate {
  let first: PlainDate | undefined;
  for (const entry of table) {
    if (entry.key === key && (first === undefined || entry.effectiveFrom < first)) first = entry.effectiveFrom;
  }
  if (first === undefined) throw new InvalidParameterTableError([`${key} : aucune valeur`]);
  return first;
}

/**
 * For rules that did not exist before some date (the 2026 CPF cap, the participation since
 * May 2024…): `undefined` when `date` is before the key's first period, meaning "this rule did
 * not apply yet". A date in a gap between periods, or after the last one ended, still throws.
 */
export function parameterAtIfIntroduced(
  key: ParameterKey,
  date: PlainDate,
  table: ParameterTable = DEFAULT_PARAMETER_TABLE,
): number | undefined {
  if (date < parameterIntroducedOn(key, table)) return undefined;
  return parameterAt(key, date, table);
}
