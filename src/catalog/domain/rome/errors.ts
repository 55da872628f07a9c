/**
 * The one error the ROME export reader throws. `code` is stable (for tests, logs and the
 * HTTP layer); `message` is French, meant for the administrator, and names the file and,
 * when it is known, the line where the problem starts.
 */
export type RomeExportErrorCode =
  | 'missing_file'
  | 'unreadable_file'
  | 'wrong_header'
  | 'truncated_file'
  | 'malformed_row'
  | 'invalid_value'
  | 'duplicate_key'
  | 'broken_reference'
  | 'inconsistent_data'
  | 'invalid_version';

export class RomeExportError extends Error {
  readonly code: RomeExportErrorCode;
  /** File name as found in the export (e.g. `unix_referentiel_code_rome_v460_utf8.csv`). */
  readonly file: string;
  /** 1-based line where the faulty record starts; null when the problem concerns the whole file. */
  readonly line: number | null;
  /** The French explanation without the file/line prefix. */
  readonly detail: string;

  constructor(code: RomeExportErrorCode, file: string, line: number | null, detail: string) {
    super(line === null ? `${file} : ${detail}` : `${file}, ligne ${line} : ${detail}`);
    this.name = 'RomeExportError';
    this.code = code;
    this.file = file;
    this.line = line;
    this.detail = detail;
  }
}

export function isRomeExportError(error: unknown): error is RomeExportError {
  return error instanceof RomeExportError;
}
