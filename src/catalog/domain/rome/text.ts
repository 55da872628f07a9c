/** Clean-up of export text. Typography (’, …, –, œ) is kept; only artefacts are removed. */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/** A one-line label: zero-width characters removed, runs of spaces/tabs collapsed, trimmed. */
export function cleanLabel(raw: string): string {
  return raw.replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();
}

/** A multi-line definition: zero-width characters removed, CRLF → LF, trimmed. */
export function cleanDefinition(raw: string): string {
  return raw.replace(ZERO_WIDTH, '').replace(/\r\n?/g, '\n').trim();
}

/**
 * A sentence of `unix_texte`. That file doubles every ASCII apostrophe (`d''un`, an SQL
 * escaping artefact, not CSV escaping); `’` is not doubled. Bullets are followed by a TAB.
 */
export function cleanSentence(raw: string): string {
  return cleanLabel(raw.replaceAll("''", "'"));
}
