/**
 * Where an export comes from: a directory of the unzipped CSV files, or the https URL of the
 * official zip. Either way the files are decoded (encoding detected per file) and the whole
 * catalogue is built and validated before anything is written.
 */
import { buildRomeCatalog, VERSION_FILE_NAME } from '../../domain/rome/build-catalog.ts';
import { RomeExportError } from '../../domain/rome/errors.ts';
import { assembleExportInput } from '../../domain/rome/export-input.ts';
import type { RomeCatalog } from '../../domain/model.ts';
import { parseRomeFileName } from '../../domain/rome/tables.ts';
import { decodeExportText } from './decode.ts';
import { readRomeExport } from './read-export.ts';
import { readZip, ZipError } from './zip.ts';

/** Reads the files of a zip archive (the official export) and builds the catalogue. */
export function readRomeZip(archive: Uint8Array, archiveName: string): RomeCatalog {
  let entries;
  try {
    entries = readZip(archive);
  } catch (error) {
    if (error instanceof ZipError) throw new RomeExportError('unreadable_file', archiveName, null, error.message);
    throw error;
  }
  const files = entries
    .filter((e) => e.name === VERSION_FILE_NAME || parseRomeFileName(e.name) !== null)
    .map((e) => ({ fileName: e.name, text: decodeExportText(e.bytes).text }));
  return buildRomeCatalog(assembleExportInput(files));
}

async function download(url: string, fetchImpl: typeof fetch): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetchImpl(url, { redirect: 'follow', signal: AbortSignal.timeout(120_000) });
  } catch (error) {
    throw new RomeExportError('unreadable_file', url, null, `téléchargement impossible (${(error as Error).message}).`);
  }
  if (!response.ok)
    throw new RomeExportError('unreadable_file', url, null, `téléchargement refusé (HTTP ${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * `source` is a directory or an https URL of the export's zip. Throws RomeExportError (French,
 * naming the file and the line) when the export is unreadable, incomplete or malformed.
 */
export async function loadRomeExport(source: string, options: { fetch?: typeof fetch } = {}): Promise<RomeCatalog> {
  if (/^https?:\/\//i.test(source)) {
    if (!/^https:\/\//i.test(source))
      throw new RomeExportError('unreadable_file', source, null, 'l’adresse doit commencer par https://.');
    const archive = await download(source, options.fetch ?? fetch);
    return readRomeZip(archive, source.slice(source.lastIndexOf('/') + 1) || source);
  }
  return (await readRomeExport(source)).catalog;
}
