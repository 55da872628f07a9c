/**
 * The accessibility structure of a PDF for tests, through poppler's `pdfinfo` (tagging, page
 * count, the structure tree's element types with `-struct`) and the structure's strings read from
 * the bytes (Typst writes the structure tree uncompressed): alternative texts, headings' titles. Tests using it skip with PDFTOTEXT_MISSING.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

function withFile<T>(pdf: Buffer | Uint8Array, read: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'sillage-pdf-'));
  try {
    const file = path.join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    return read(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pdfinfo = (file: string, ...options: string[]) =>
  execFileSync('pdfinfo', [...options, file], { stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8');

/** `pdfinfo`'s fields (`Tagged`, `Pages`, `Title`…). */
export function pdfInfo(pdf: Buffer | Uint8Array): Record<string, string> {
  return Object.fromEntries(
    withFile(pdf, (file) => pdfinfo(file, '-enc', 'UTF-8'))
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!.trim(), m[2]!.trim()]),
  );
}

/**
 * The types of the structure elements matching `types` (`H1`, `H2`, `Figure`…), in the structure
 * tree's order (the reading order), from `pdfinfo -struct`. (`-struct-text` would give their text
 * too, but takes seconds on a long document; the texts come from `pdfStructStrings`.)
 */
export function pdfStructure(pdf: Buffer | Uint8Array, types: RegExp = /^H\d$/): string[] {
  return withFile(pdf, (file) => pdfinfo(file, '-struct'))
    .split('\n')
    .map((line) => /^\s*([A-Za-z][A-Za-z0-9]*)\b/.exec(line)?.[1])
    .filter((type): type is string => type !== undefined && types.test(type));
}

/** A PDF string (literal or hexadecimal), decoded: UTF-16BE after a byte order mark, else Latin-1. */
function pdfString(token: string): string {
  let bytes: number[];
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1).replace(/\s/g, '');
    bytes = hex.match(/../g)?.map((h) => parseInt(h, 16)) ?? [];
  } else {
    bytes = [];
    const body = token.slice(1, -1);
    for (let i = 0; i < body.length; i++) {
      const c = body[i]!;
      if (c !== '\\') {
        bytes.push(c.charCodeAt(0));
        continue;
      }
      const next = body[++i]!;
      const octal = /^[0-7]{1,3}/.exec(body.slice(i))?.[0];
      if (octal) {
        bytes.push(parseInt(octal, 8));
        i += octal.length - 1;
      } else bytes.push(({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[next] ?? next.charCodeAt(0));
    }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.slice(2)).swap16().toString('utf16le');
  return Buffer.from(bytes).toString('latin1');
}

/** The PDF string token starting at `start` (`<…>`, or `(…)` whose balanced parentheses may be bare). */
function tokenAt(raw: string, start: number): string | null {
  if (raw[start] === '<') {
    const end = raw.indexOf('>', start);
    return end === -1 ? null : raw.slice(start, end + 1);
  }
  if (raw[start] !== '(') return null;
  let depth = 0;
  for (let i = start; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return raw.slice(start, i + 1);
  }
  return null;
}

/**
 * Every text of a structure key in the file, in the order written (not necessarily the reading
 * order): `Alt` (alternative texts), `T` (titles: Typst gives each heading its text).
 */
export function pdfStructStrings(pdf: Buffer | Uint8Array, key: 'Alt' | 'T'): string[] {
  const raw = Buffer.from(pdf).toString('latin1');
  return [...raw.matchAll(new RegExp(`/${key}\\s*(?=[<(])`, 'g'))]
    .map((m) => tokenAt(raw, m.index + m[0].length))
    .filter((token): token is string => token !== null)
    .map(pdfString);
}
