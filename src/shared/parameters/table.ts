/**
 * Building and validating a date-effective parameter table (reading it: `lookup.ts`).
 *
 * A table is a list of entries; per key, periods never overlap and every known key has a value.
 */
import { z } from 'zod';
import { PlainDateSchema } from '../calendar/plain-date.ts';
import {
  CERTAINTIES,
  PARAMETER_DEFINITIONS,
  PARAMETER_KEYS,
  PARAMETER_UNITS,
  isParameterKey,
  type ParameterEntry,
  type ParameterKey,
  type ParameterTable,
} from './definitions.ts';

/** Thrown when a table breaks an invariant; `problems` lists each one in French. */
export class InvalidParameterTableError extends Error {
  readonly code = 'invalid_parameter_table';
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Table des paramètres invalide : ${problems.join(' ; ')}`);
    this.name = 'InvalidParameterTableError';
    this.problems = problems;
  }
}

function checkEntries(entries: readonly ParameterEntry[]): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    const where = `${entry.key} (${entry.effectiveFrom})`;
    if (!isParameterKey(entry.key)) {
      problems.push(`clé inconnue ${String(entry.key)}`);
      continue;
    }
    const expected = PARAMETER_DEFINITIONS[entry.key].unit;
    if (entry.unit !== expected) problems.push(`${where} : unité ${entry.unit} au lieu de ${expected}`);
    if (!Number.isSafeInteger(entry.value) || entry.value < 0) {
      problems.push(`${where} : la valeur doit être un entier positif ou nul`);
    }
    if (entry.effectiveTo !== undefined && entry.effectiveTo < entry.effectiveFrom) {
      problems.push(`${where} : la fin de validité précède le début`);
    }
    if (entry.source.trim() === '') problems.push(`${where} : source manquante`);
  }
  for (const key of PARAMETER_KEYS) {
    const periods = entries
      .filter((entry) => entry.key === key)
      .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
    if (periods.length === 0) problems.push(`${key} : aucune valeur`);
    for (let i = 1; i < periods.length; i += 1) {
      const previous = periods[i - 1];
      const current = periods[i];
      if (!previous || !current) continue;
      if (previous.effectiveTo === undefined || previous.effectiveTo >= current.effectiveFrom) {
        problems.push(
          `${key} : les périodes commençant le ${previous.effectiveFrom} et le ${current.effectiveFrom} se chevauchent`,
        );
      }
    }
  }
  return problems;
}

/**
 * Validates entries and returns an immutable table. Every known key needs at least one entry;
 * periods of a key may leave gaps (a lookup in a gap fails) but may not overlap.
 */
export function createParameterTable(entries: readonly ParameterEntry[]): ParameterTable {
  const problems = checkEntries(entries);
  if (problems.length > 0) throw new InvalidParameterTableError(problems);
  const frozen = entries.map((entry) => Object.freeze({ ...entry }));
  return Object.freeze(frozen) as unknown as ParameterTable;
}

/** Zod schema of one entry, for untrusted input (admin screen, seed file). */
export const ParameterEntrySchema = z.object({
  key: z.string().refine(isParameterKey, { message: 'Clé de paramètre inconnue.' }),
  value: z.number().int().nonnegative(),
  unit: z.enum(PARAMETER_UNITS),
  effectiveFrom: PlainDateSchema,
  effectiveTo: PlainDateSchema.optional(),
  source: z.string().min(1),
  certainty: z.enum(CERTAINTIES),
  note: z.string().optional(),
});

/** Parses untrusted input into a table; throws a ZodError or `InvalidParameterTableError`. */
export function parseParameterTable(input: unknown): ParameterTable {
  const entries = z.array(ParameterEntrySchema).parse(input);
  return createParameterTable(entries.map((entry) => ({ ...entry, key: entry.key as ParameterKey })));
}

/** A copy of `table` where every entry of `key` is replaced by `entries` (tests, admin overrides). */
export function replaceParameter(
  table: ParameterTable,
  key: ParameterKey,
  entries: readonly Omit<ParameterEntry, 'key' | 'unit'>[],
): ParameterTable {
  const unit = PARAMETER_DEFINITIONS[key].unit;
  return createParameterTable([
    ...table.filter((entry) => entry.key !== key),
    ...entries.map((entry) => ({ ...entry, key, unit })),
  ]);
}
