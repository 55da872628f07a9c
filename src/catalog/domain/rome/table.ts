import { parseCsv } from './csv.ts';
import { RomeExportError } from './errors.ts';
import { COLUMN_ALIASES, ROME_TABLES, type RomeColumn, type RomeTableName } from './tables.ts';

/** The text of one export file, already decoded. */
export interface RomeFile {
  fileName: string;
  text: string;
}

export interface TableRow<C extends string> {
  /** Line on which the record starts, for error messages. */
  line: number;
  data: Readonly<Record<C, string>>;
}

export interface Table<C extends string> {
  fileName: string;
  rows: TableRow<C>[];
}

function findColumn(header: readonly string[], column: string): number {
  const direct = header.indexOf(column);
  if (direct !== -1) return direct;
  for (const alias of COLUMN_ALIASES[column] ?? []) {
    const at = header.indexOf(alias);
    if (at !== -1) return at;
  }
  return -1;
}

/**
 * Parses one export file and checks its header: every expected column must be present (in any
 * order; extra columns are ignored). Every record must have as many fields as the header.
 */
export function readTable<T extends RomeTableName>(table: T, file: RomeFile): Table<RomeColumn<T>> {
  const { records, endsWithNewline } = parseCsv(file.text, file.fileName);
  const headerRecord = records[0];
  if (!headerRecord) {
    throw new RomeExportError('truncated_file', file.fileName, null, 'le fichier est vide (en-tête absent).');
  }
  const header = headerRecord.fields.map((name) => name.trim());
  const columns = ROME_TABLES[table] as readonly RomeColumn<T>[];
  const positions = columns.map((column) => {
    const at = findColumn(header, column);
    if (at === -1) {
      throw new RomeExportError(
        'wrong_header',
        file.fileName,
        headerRecord.line,
        `en-tête inattendu : la colonne « ${column} » est absente (colonnes trouvées : ${header.join(', ')}).`,
      );
    }
    return at;
  });

  const rows: TableRow<RomeColumn<T>>[] = [];
  const width = header.length;
  for (let r = 1; r < records.length; r++) {
    const record = records[r] as (typeof records)[number];
    if (record.fields.length !== width) {
      const isLast = r === records.length - 1;
      if (isLast && !endsWithNewline && record.fields.length < width) {
        throw new RomeExportError(
          'truncated_file',
          file.fileName,
          record.line,
          `dernier enregistrement incomplet (${record.fields.length} champs sur ${width}) : le fichier semble tronqué.`,
        );
      }
      throw new RomeExportError(
        'malformed_row',
        file.fileName,
        record.line,
        `${record.fields.length} champs au lieu de ${width}.`,
      );
    }
    const data = {} as Record<RomeColumn<T>, string>;
    for (let c = 0; c < columns.length; c++) {
      data[columns[c] as RomeColumn<T>] = record.fields[positions[c] as number] as string;
    }
    rows.push({ line: record.line, data });
  }
  return { fileName: file.fileName, rows };
}
