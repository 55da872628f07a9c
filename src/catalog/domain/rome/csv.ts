import { RomeExportError } from './errors.ts';

/** One CSV record with the 1-based line on which it starts (records may span lines). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface CsvDocument {
  records: CsvRecord[];
  /** False when the last record is not followed by a line break (a sign of truncation). */
  endsWithNewline: boolean;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  let at = text.indexOf('\n', from);
  while (at !== -1 && at < to) {
    count++;
    at = text.indexOf('\n', at + 1);
  }
  return count;
}

/**
 * RFC 4180 reader for the ROME export: comma separator, optional double quotes with `""`
 * escapes, quoted line breaks, LF or CRLF endings, optional UTF-8 BOM. Blank lines between
 * records (the export has them after multi-line fields) are skipped. Every field is a string.
 * Throws a RomeExportError naming the file and line on an unterminated quote or stray quote.
 */
export function parseCsv(text: string, fileName: string): CsvDocument {
  const records: CsvRecord[] = [];
  const length = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let endsWithNewline = true;

  while (i < length) {
    const startLine = line;
    const fields: string[] = [];
    let sawQuotedField = false;
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        sawQuotedField = true;
        let start = i + 1;
        value = '';
        for (;;) {
          const close = text.indexOf('"', start);
          if (close === -1) {
            throw new RomeExportError(
              'truncated_file',
              fileName,
              startLine,
              'guillemet ouvert jamais refermé : le fichier semble tronqué.',
            );
          }
          line += countLineBreaks(text, start, close);
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += text.slice(start, close + 1);
            start = close + 2;
            continue;
          }
          value += text.slice(start, close);
          i = close + 1;
          break;
        }
        const next = text.charCodeAt(i);
        if (i < length && next !== COMMA && next !== LF && next !== CR) {
          throw new RomeExportError('malformed_row', fileName, line, 'caractère inattendu après un guillemet fermant.');
        }
      } else {
        let j = i;
        while (j < length) {
          const c = text.charCodeAt(j);
          if (c === COMMA || c === LF || c === CR) break;
          if (c === QUOTE) {
            throw new RomeExportError(
              'malformed_row',
              fileName,
              line,
              'guillemet au milieu d’un champ non entouré de guillemets.',
            );
          }
          j++;
        }
        value = text.slice(i, j);
        i = j;
      }
      fields.push(value);
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
      if (i < length) {
        i++;
        line++;
      } else {
        endsWithNewline = false;
      }
      break;
    }
    const blank = !sawQuotedField && fields.length === 1 && fields[0] === '';
    if (!blank) records.push({ line: startLine, fields });
  }
  return { records, endsWithNewline: endsWithNewline || length === 0 };
}
