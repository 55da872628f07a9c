import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv } from './csv.ts';
import { RomeExportError } from './errors.ts';

const F = 'unix_exemple_v499_utf8.csv';

function errorOf(fn: () => unknown): RomeExportError {
  try {
    fn();
  } catch (error) {
    if (error instanceof RomeExportError) return error;
    throw error;
  }
  throw new Error('expected a RomeExportError');
}

describe('parseCsv', () => {
  it('reads quoted fields with commas, escaped quotes and empty values', () => {
    const doc = parseCsv('"a","b","c"\n"1, 2","dit ""oui""",""\n', F);
    expect(doc.records).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1, 2', 'dit "oui"', ''] },
    ]);
    expect(doc.endsWithNewline).toBe(true);
  });

  it('keeps line breaks inside quotes, skips the blank lines after them and counts lines', () => {
    const text = '"code","definition"\n"1","Première ligne.\n\nSuite."\n\n"2","Seule"\n\n"3","x"\n';
    const doc = parseCsv(text, F);
    expect(doc.records.map((r) => r.line)).toEqual([1, 2, 6, 8]);
    expect(doc.records[1]?.fields[1]).toBe('Première ligne.\n\nSuite.');
  });

  it('accepts CRLF, a BOM, unquoted fields and a missing final newline', () => {
    const doc = parseCsv('\ufeffa,b\r\n1,"x"\r\n2,y', F);
    expect(doc.records.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', 'x'],
      ['2', 'y'],
    ]);
    expect(doc.endsWithNewline).toBe(false);
  });

  it('keeps doubled apostrophes: they are data, not CSV escaping', () => {
    expect(parseCsv('"t"\n"l\'\'entreprise"\n', F).records[1]?.fields).toEqual(["l''entreprise"]);
  });

  it('reports an unterminated quote as a truncated file, with the line where the record starts', () => {
    const error = errorOf(() => parseCsv('"a","b"\n"1","ok"\n"2","coupé en plein', F));
    expect(error.code).toBe('truncated_file');
    expect(error.line).toBe(3);
    expect(error.message).toBe(`${F}, ligne 3 : guillemet ouvert jamais refermé : le fichier semble tronqué.`);
  });

  it('refuses a stray quote', () => {
    expect(errorOf(() => parseCsv('"a"\n"x"y\n', F)).code).toBe('malformed_row');
    expect(errorOf(() => parseCsv('a\nx"y\n', F)).line).toBe(2);
  });

  it('round-trips any table of strings written with every field quoted', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', ',', '"', '\n', ' ', "'", '’') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const text = rows.map((r) => r.map((v) => `"${v.replaceAll('"', '""')}"`).join(',')).join('\n') + '\n';
        expect(parseCsv(text, F).records.map((r) => r.fields)).toEqual(rows);
      }),
    );
  });
});
