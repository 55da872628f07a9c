/**
 * The organisation's logo (decision 036), judged by its bytes, never by the declared type or the
 * file name: a PNG or a JPEG only (an SVG can carry scripts), at most 300 kB and of sensible
 * pixel dimensions, read from the file's header. A PNG must be a well-formed chain of chunks from
 * IHDR to IEND and a JPEG must start with SOI and end with EOI, with nothing after: a file that is
 * at once an image and an HTML page (a polyglot) is refused, and so is any file carrying markup.
 */

export const MAX_LOGO_BYTES = 300 * 1024;
export const MIN_LOGO_PIXELS = 16;
export const MAX_LOGO_PIXELS = 2000;

/** The only images a logo may be (no SVG: it can carry scripts); the column's CHECK lists them. */
export const LOGO_CONTENT_TYPES = ['image/png', 'image/jpeg'] as const;
export type LogoContentType = (typeof LOGO_CONTENT_TYPES)[number];

export interface LogoImage {
  contentType: LogoContentType;
  width: number;
  height: number;
}

export type LogoProblem = 'empty' | 'too_large' | 'not_an_image' | 'malformed' | 'too_small' | 'too_big';

export type LogoVerdict = { ok: true; image: LogoImage } | { ok: false; problem: LogoProblem };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

const u32 = (b: Uint8Array, at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
const u16 = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;

/** Dimensions of a PNG whose chunks run cleanly from IHDR to IEND, else null. */
function pngSize(b: Uint8Array): { width: number; height: number } | null {
  let at = 8;
  let size: { width: number; height: number } | null = null;
  while (at + 12 <= b.length) {
    const length = u32(b, at);
    const type = String.fromCharCode(b[at + 4]!, b[at + 5]!, b[at + 6]!, b[at + 7]!);
    const end = at + 12 + length;
    if (!/^[A-Za-z]{4}$/.test(type) || end > b.length) return null;
    if (at === 8) {
      if (type !== 'IHDR' || length !== 13) return null;
      size = { width: u32(b, at + 8), height: u32(b, at + 12) };
    }
    if (type === 'IEND') return end === b.length ? size : null;
    at = end;
  }
  return null;
}

/** Start-of-frame markers that carry the dimensions (baseline, progressive, lossless…). */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/** Dimensions of a JPEG from its frame header, if it ends with EOI and nothing after, else null. */
function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  if (b.length < 4 || b[b.length - 2] !== 0xff || b[b.length - 1] !== 0xd9) return null;
  let at = 2;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // image data before any frame header
    if (marker >= 0xd0 && marker <= 0xd7) {
      at += 2;
      continue;
    }
    const length = u16(b, at + 2);
    if (length < 2 || at + 2 + length > b.length) return null;
    if (SOF.has(marker)) {
      if (length < 7) return null;
      return { height: u16(b, at + 5), width: u16(b, at + 7) };
    }
    at += 2 + length;
  }
  return null;
}

/** Markup that has no business in an image: the mark of a file meant to be read as a page too. */
const MARKUP = /<\s*(script|html|svg|body|iframe|object|embed|\?xml)\b/i;

function carriesMarkup(bytes: Uint8Array): boolean {
  // One character per byte, so the pattern sees the file's ASCII as it is.
  return MARKUP.test(new TextDecoder('latin1').decode(bytes));
}

export function inspectLogo(bytes: Uint8Array): LogoVerdict {
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (bytes.length > MAX_LOGO_BYTES) return { ok: false, problem: 'too_large' };
  let contentType: LogoContentType;
  let size: { width: number; height: number } | null;
  if (startsWith(bytes, PNG_SIGNATURE)) {
    contentType = 'image/png';
    size = pngSize(bytes);
  } else if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    contentType = 'image/jpeg';
    size = jpegSize(bytes);
  } else return { ok: false, problem: 'not_an_image' };
  if (!size || carriesMarkup(bytes)) return { ok: false, problem: 'malformed' };
  const { width, height } = size;
  if (width < MIN_LOGO_PIXELS || height < MIN_LOGO_PIXELS) return { ok: false, problem: 'too_small' };
  if (width > MAX_LOGO_PIXELS || height > MAX_LOGO_PIXELS) return { ok: false, problem: 'too_big' };
  return { ok: true, image: { contentType, width, height } };
}
