/**
 * Text of a PDF through poppler's `pdftotext`, for tests that check generated documents. Tests
 * using it skip with a visible message when the tool is absent.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const PDFTOTEXT_MISSING = spawnSync('pdftotext', ['-v']).error
  ? 'pdftotext (poppler-utils) est absent : les tests qui lisent le texte des PDF sont ignorés. Installez-le avec apt-get install -y poppler-utils.'
  : null;
if (PDFTOTEXT_MISSING) console.warn(PDFTOTEXT_MISSING);

/** The PDF's text, spaces normalised (no-break spaces become plain spaces, runs collapse). */
export function pdfText(pdf: Buffer | Uint8Array): string {
  const raw = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
  return raw.replace(/[\u00A0\u202F]/g, ' ').replace(/[ \t]+/g, ' ');
}

/** The images of a PDF through poppler's `pdfimages -list`: page, width and height of each. */
export function pdfImages(pdf: Buffer | Uint8Array): { page: number; width: number; height: number }[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'sillage-pdf-'));
  try {
    const file = path.join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    const listing = execFileSync('pdfimages', ['-list', file]).toString('utf8');
    return listing
      .split('\n')
      .slice(2)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols.length > 4 && cols[2] === 'image')
      .map((cols) => ({ page: Number(cols[0]), width: Number(cols[3]), height: Number(cols[4]) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
