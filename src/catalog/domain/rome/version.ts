import { RomeExportError } from './errors.ts';
import type { RomeVersion } from '../model.ts';

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function isoDate(day: string, month: string, year: string): string | null {
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const daysInMonth = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  const max = daysInMonth[m - 1];
  if (max === undefined || d < 1 || d > max) return null;
  return `${year}-${month}-${day}`;
}

/**
 * Reads `version.txt` ("Clé : valeur" lines): "Numero de version", "Date de publication",
 * "Date de validation" (optional) and "Titre/commentaire" (optional). The release number must
 * match the suffix of the CSV files (version 60 ↔ `v460`).
 */
export function parseVersionText(text: string, fileName: string, fileSuffix: string): RomeVersion {
  const folded = fold(text);
  const invalid = (detail: string): never => {
    throw new RomeExportError('invalid_version', fileName, null, detail);
  };
  const readDate = (key: string): string | null => {
    const match = new RegExp(`${key}\\s*:\\s*(\\d{2})/(\\d{2})/(\\d{4})`).exec(folded);
    if (!match) return null;
    return (
      isoDate(match[1] as string, match[2] as string, match[3] as string) ?? invalid(`date invalide pour « ${key} ».`)
    );
  };

  const number = /numero de version\s*:\s*(\d+)/.exec(folded)?.[1];
  if (number === undefined) invalid('la ligne « Numero de version : … » est absente.');
  const publishedOn = readDate('date de publication');
  if (publishedOn === null) invalid('la ligne « Date de publication : JJ/MM/AAAA » est absente.');

  const expectedSuffix = `4${String(Number(number)).padStart(2, '0')}`;
  if (fileSuffix !== expectedSuffix) {
    invalid(
      `le fichier annonce la version ${Number(number)} (fichiers « v${expectedSuffix} ») mais les fichiers CSV sont suffixés « v${fileSuffix} ».`,
    );
  }

  // The title keeps its original case: find the line in the raw text.
  const titleLine = text.split(/\r?\n/).find((line) => /^titre/.test(fold(line.trim())));
  const title = titleLine === undefined ? '' : titleLine.slice(titleLine.indexOf(':') + 1).trim();

  return {
    number: Number(number),
    fileSuffix,
    title,
    publishedOn: publishedOn as string,
    validatedOn: readDate('date de validation'),
  };
}
