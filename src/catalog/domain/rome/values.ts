import { RomeExportError, type RomeExportErrorCode } from './errors.ts';
import { RIASEC_LETTERS, type Flag, type Riasec, type RiasecLetter } from '../model.ts';
import type { Table, TableRow } from './table.ts';

/** Field readers: each validates one cell and throws a RomeExportError naming file and line. */

type Row<C extends string> = TableRow<C>;
type AnyTable = Pick<Table<string>, 'fileName'>;

export function fail(table: AnyTable, row: { line: number }, code: RomeExportErrorCode, detail: string): never {
  throw new RomeExportError(code, table.fileName, row.line, detail);
}

export function optional<C extends string>(row: Row<C>, column: C): string | null {
  const value = row.data[column].trim();
  return value === '' ? null : value;
}

export function required<C extends string>(table: AnyTable, row: Row<C>, column: C): string {
  const value = row.data[column].trim();
  if (value === '') fail(table, row, 'invalid_value', `la colonne « ${column} » est vide.`);
  return value;
}

export function matching<C extends string>(
  table: AnyTable,
  row: Row<C>,
  column: C,
  pattern: RegExp,
  expected: string,
): string {
  const value = row.data[column].trim();
  if (!pattern.test(value)) {
    fail(
      table,
      row,
      'invalid_value',
      `valeur « ${value} » inattendue dans la colonne « ${column} » (attendu : ${expected}).`,
    );
  }
  return value;
}

export const CODE_ROME = /^[A-Z]\d{4}$/;
export const CODE_OGR = /^\d{1,9}$/;

export function codeRome<C extends string>(table: AnyTable, row: Row<C>, column: C): string {
  return matching(table, row, column, CODE_ROME, 'une lettre suivie de 4 chiffres, par exemple A1101');
}

export function codeOgr<C extends string>(table: AnyTable, row: Row<C>, column: C): string {
  return matching(table, row, column, CODE_OGR, 'un code OGR numérique');
}

export function flag<C extends string>(table: AnyTable, row: Row<C>, column: C): Flag {
  const value = row.data[column].trim();
  if (value === '') return null;
  if (value === 'O') return true;
  if (value === 'N') return false;
  return fail(
    table,
    row,
    'invalid_value',
    `valeur « ${value} » inattendue dans la colonne « ${column} » (attendu : O, N ou vide).`,
  );
}

/** Maps a cell through a fixed table of accepted values (empty allowed when `allowEmpty`). */
export function oneOf<C extends string, V>(
  table: AnyTable,
  row: Row<C>,
  column: C,
  values: Readonly<Record<string, V>>,
  allowEmpty: boolean,
): V | null {
  const value = row.data[column].trim();
  if (value === '' && allowEmpty) return null;
  if (Object.hasOwn(values, value)) return values[value] as V;
  const accepted = Object.keys(values)
    .map((v) => `« ${v} »`)
    .join(', ');
  return fail(
    table,
    row,
    'invalid_value',
    `valeur « ${value} » inattendue dans la colonne « ${column} » (attendu : ${accepted}${allowEmpty ? ' ou vide' : ''}).`,
  );
}

export function positiveInteger<C extends string>(table: AnyTable, row: Row<C>, column: C): number {
  return Number(matching(table, row, column, /^[1-9]\d{0,5}$/, 'un entier positif'));
}

function riasecLetter<C extends string>(table: AnyTable, row: Row<C>, column: C): RiasecLetter | null {
  const value = row.data[column].trim();
  if (value === '') return null;
  if ((RIASEC_LETTERS as readonly string[]).includes(value)) return value as RiasecLetter;
  return fail(
    table,
    row,
    'invalid_value',
    `valeur « ${value} » inattendue dans la colonne « ${column} » (attendu : une lettre RIASEC R, I, A, S, E ou C).`,
  );
}

/** Reads a major/minor pair; null when both are empty. A minor without a major is refused. */
export function riasec<C extends string>(table: AnyTable, row: Row<C>, majorColumn: C, minorColumn: C): Riasec | null {
  const major = riasecLetter(table, row, majorColumn);
  const minor = riasecLetter(table, row, minorColumn);
  if (major === null) {
    if (minor !== null) fail(table, row, 'invalid_value', `code RIASEC mineur « ${minor} » sans code majeur.`);
    return null;
  }
  return { major, minor };
}

/** "oui" / "non" of the classification links. */
export function yesNo<C extends string>(table: AnyTable, row: Row<C>, column: C): boolean {
  return oneOf(table, row, column, { oui: true, non: false }, false) as boolean;
}
