/**
 * Text of a PDF through poppler's `pdftotext`, for tests that check generated documents. Tests
 * using it skip with a visible message when the tool is absent.
 */
import { execFileSync, spawnSync } from 'node:child_process';

export const PDFTOTEXT_MISSING = spawnSync('pdftotext', ['-v']).error
  ? 'pdftotext (poppler-utils) est absent : les tests qui lisent le texte des PDF sont ignorés. Installez-le avec apt-get install -y poppler-utils.'
  : null;
if (PDFTOTEXT_MISSING) console.warn(PDFTOTEXT_MISSING);

/** The PDF's text, spaces normalised (no-break spaces become plain spaces, runs collapse). */
export function pdfText(pdf: Buffer | Uint8Array): string {
  const raw = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
  return raw.replace(/[\u00A0\u202F]/g, ' ').replace(/[ \t]+/g, ' ');
}
