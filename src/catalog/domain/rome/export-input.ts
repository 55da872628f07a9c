import { VERSION_FILE_NAME, type RomeExportInput } from './build-catalog.ts';
import { RomeExportError } from './errors.ts';
import type { RomeFile } from './table.ts';
import { parseRomeFileName, ROME_TABLES, romeFileName, type RomeTableName } from './tables.ts';

const ANCHOR_TABLE: RomeTableName = 'referentiel_code_rome';

/**
 * Groups the decoded files of an export (any order, any extra files) into a RomeExportInput.
 * The release suffix is taken from the fiche table's name; files of another release are refused.
 */
export function assembleExportInput(files: readonly RomeFile[]): RomeExportInput {
  const suffixes = new Set<string>();
  for (const file of files) {
    const parsed = parseRomeFileName(file.fileName);
    if (parsed?.table === ANCHOR_TABLE) suffixes.add(parsed.suffix);
  }
  if (suffixes.size === 0) {
    throw new RomeExportError(
      'missing_file',
      romeFileName(ANCHOR_TABLE, '…'),
      null,
      'fichier manquant dans l’export (aucune table des fiches métiers).',
    );
  }
  if (suffixes.size > 1) {
    const found = [...suffixes]
      .sort()
      .map((s) => `v${s}`)
      .join(', ');
    throw new RomeExportError(
      'inconsistent_data',
      romeFileName(ANCHOR_TABLE, [...suffixes].sort()[0] as string),
      null,
      `plusieurs versions de l’export sont mélangées (${found}) : n’en gardez qu’une.`,
    );
  }
  const fileSuffix = [...suffixes][0] as string;
  const input: RomeExportInput = { fileSuffix, files: {}, versionFile: undefined };
  for (const file of files) {
    if (file.fileName === VERSION_FILE_NAME) {
      input.versionFile = file;
      continue;
    }
    const parsed = parseRomeFileName(file.fileName);
    if (parsed && Object.hasOwn(ROME_TABLES, parsed.table) && parsed.suffix === fileSuffix) {
      input.files[parsed.table as RomeTableName] = file;
    }
  }
  return input;
}
