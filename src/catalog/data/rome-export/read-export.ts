import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { buildRomeCatalog, VERSION_FILE_NAME } from '../../domain/rome/build-catalog.ts';
import { RomeExportError } from '../../domain/rome/errors.ts';
import { assembleExportInput } from '../../domain/rome/export-input.ts';
import type { RomeCatalog } from '../../domain/model.ts';
import type { RomeFile } from '../../domain/rome/table.ts';
import { parseRomeFileName } from '../../domain/rome/tables.ts';
import { decodeExportText, type ExportEncoding } from './decode.ts';

export interface ExportFileInfo {
  fileName: string;
  bytes: number;
  encoding: ExportEncoding;
}

export interface ReadRomeExportResult {
  catalog: RomeCatalog;
  /** Every file read, with the encoding detected (the v460 NAF tree is ISO-8859-15). */
  files: ExportFileInfo[];
}

/** Reads and decodes the export files of a directory (CSV files of the export and version.txt). */
export async function readExportFiles(directory: string): Promise<{ files: RomeFile[]; info: ExportFileInfo[] }> {
  const exists = await stat(directory).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!exists) throw new RomeExportError('missing_file', directory, null, 'dossier introuvable.');
  const names = (await readdir(directory))
    .filter((name) => name === VERSION_FILE_NAME || parseRomeFileName(name) !== null)
    .sort();
  const read = await Promise.all(
    names.map(async (fileName) => {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(join(directory, fileName));
      } catch (error) {
        throw new RomeExportError(
          'unreadable_file',
          fileName,
          null,
          `lecture impossible (${(error as NodeJS.ErrnoException).code ?? 'erreur inconnue'}).`,
        );
      }
      const { text, encoding } = decodeExportText(bytes);
      return { file: { fileName, text }, info: { fileName, bytes: bytes.byteLength, encoding } };
    }),
  );
  return { files: read.map((r) => r.file), info: read.map((r) => r.info) };
}

/**
 * Reads a ROME 4.0 CSV export from a directory and returns the validated catalogue. Throws a
 * RomeExportError (French message naming the file and the line) when the export is incomplete
 * or malformed.
 */
export async function readRomeExport(directory: string): Promise<ReadRomeExportResult> {
  const { files, info } = await readExportFiles(directory);
  const catalog = buildRomeCatalog(assembleExportInput(files));
  return { catalog, files: info };
}
