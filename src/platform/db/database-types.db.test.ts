/**
 * The generated database types match the migrated schema, and every enumerated or JSON column
 * takes its type from the domain (decision 020). A migration without `npm run db:types` fails here.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { testDb } from '../../../tests/support/deps.ts';
import { ENUM_COLUMNS, JSON_COLUMNS } from './column-types.ts';
import { DATABASE_TYPES_FILE, generateDatabaseTypes } from './generate-types.ts';

interface CheckRow {
  table_name: string;
  column_name: string;
  definition: string;
}

/** Single-column `CHECK (column IN ('a', 'b'))` constraints of the public schema. */
async function enumeratedChecks(): Promise<Map<string, string[]>> {
  const { rows } = await sql<CheckRow>`
    SELECT c.conrelid::regclass::text AS table_name, a.attname AS column_name, pg_get_constraintdef(c.oid) AS definition
      FROM pg_constraint c
      JOIN pg_namespace n ON n.oid = c.connamespace
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     WHERE c.contype = 'c' AND n.nspname = 'public' AND array_length(c.conkey, 1) = 1`.execute(testDb());
  const checks = new Map<string, string[]>();
  for (const row of rows) {
    const match = /= ANY \(ARRAY\[(.*)\]\)/.exec(row.definition);
    if (!match?.[1]?.includes('::text')) continue;
    const values = [...match[1].matchAll(/'([^']*)'::text/g)].map((m) => m[1]!);
    checks.set(`${row.table_name}.${row.column_name}`, values);
  }
  return checks;
}

async function columnsOfType(dataType: string): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT table_name || '.' || column_name AS name FROM information_schema.columns
     WHERE table_schema = 'public' AND data_type = ${dataType} AND table_name NOT LIKE 'kysely_%'
     ORDER BY 1`.execute(testDb());
  return rows.map((r) => r.name);
}

describe('generated database types', () => {
  it('are those of the migrated schema (run `npm run db:types` after a migration)', async () => {
    const expected = await generateDatabaseTypes(testDb());
    expect(readFileSync(DATABASE_TYPES_FILE, 'utf8')).toBe(expected);
  });

  it('give every enumerated column the domain list that its CHECK constraint repeats exactly', async () => {
    const checks = await enumeratedChecks();
    const unmapped = [...checks.keys()].filter((column) => !ENUM_COLUMNS[column]);
    expect(unmapped, 'enumerated columns missing from column-types.ts').toEqual([]);
    for (const [column, spec] of Object.entries(ENUM_COLUMNS)) {
      if (spec.unchecked) continue;
      expect({ column, values: [...(checks.get(column) ?? [])].sort() }).toEqual({
        column,
        values: [...spec.values].sort(),
      });
    }
  });

  it('give every jsonb column the type of what it holds, and name only columns that exist', async () => {
    const jsonb = await columnsOfType('jsonb');
    expect(jsonb.filter((column) => !JSON_COLUMNS[column])).toEqual([]);
    const text = new Set([...(await columnsOfType('text')), ...(await columnsOfType('ARRAY'))]);
    expect(Object.keys(JSON_COLUMNS).filter((column) => !jsonb.includes(column))).toEqual([]);
    expect(Object.keys(ENUM_COLUMNS).filter((column) => !text.has(column))).toEqual([]);
  });
});
