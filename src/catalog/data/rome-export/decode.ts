/**
 * Decoding of export files. The files are named `_utf8` but one of them
 * (`unix_arborescence_secteur_naf`) is ISO-8859-15 in release v460. Each file is tried as strict
 * UTF-8 first; bytes that are not valid UTF-8 mean a single-byte encoding: Windows-1252 if the
 * file uses the 0x80–0x9F range (printable there, control codes in ISO-8859-15), ISO-8859-15
 * (Latin-9, where 0xBD is « œ ») otherwise.
 */
export type ExportEncoding = 'utf-8' | 'iso-8859-15' | 'windows-1252';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const latin9 = new TextDecoder('iso-8859-15');

/**
 * 0x80–0x9F of Windows-1252 (0 = unassigned, kept as is). Written out because Node 20's
 * TextDecoder('windows-1252') decodes this range as Latin-1 control codes.
 */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const chunkSize = 8192;
  for (let start = 0; start < bytes.length; start += chunkSize) {
    const codes = Array.from(bytes.subarray(start, start + chunkSize), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b,
    );
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

export function decodeExportText(bytes: Uint8Array): { text: string; encoding: ExportEncoding } {
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    if (bytes.some((b) => b >= 0x80 && b <= 0x9f)) return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
    return { text: latin9.decode(bytes), encoding: 'iso-8859-15' };
  }
}
