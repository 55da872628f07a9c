/**
 * Text normalisation shared by indexing and querying.
 *
 * A word is a run of letters or digits: apostrophes (' and ’), hyphens, slashes, punctuation
 * and control characters all separate words, so "aide-soignant" is "aide" + "soignant" and
 * "d’engins" is "d" + "engins". Each word is then folded: lowercase, accents removed, œ → oe,
 * æ → ae. Stop words ("de", "la", "en"…) and elided one-letter words ("d’", "l’", "à") carry
 * no meaning for search; other single letters and digits do ("permis C", "niveau 3").
 */

export interface Word {
  /** Lowercase with accents, for explanations ("développeur"). */
  display: string;
  /** Folded, for matching ("developpeur"). */
  folded: string;
}

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/[œæß]/g, (c) => LIGATURES[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

export const STOP_WORDS: ReadonlySet<string> = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'en',
  'et',
  'au',
  'aux',
  'pour',
  'sur',
  'dans',
  'par',
  'un',
  'une',
  'ou',
  'avec',
  'chez',
]);

/** One-letter words that are articles, pronouns or prepositions once accents are removed. */
const ELIDED: ReadonlySet<string> = new Set(['a', 'd', 'j', 'l', 'm', 'n', 's', 't', 'y']);

/** Words of a text, in order, without stop words and elided letters. */
export function words(text: string): Word[] {
  const result: Word[] = [];
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (raw === '') continue;
    const folded = foldWord(raw).replace(/[^\p{L}\p{N}]/gu, '');
    if (folded === '' || STOP_WORDS.has(folded) || ELIDED.has(folded)) continue;
    result.push({ display: raw, folded });
  }
  return result;
}

/**
 * Light French stemming that merges the forms a job title takes: plural (-s, -x, -aux) and
 * feminine (-trice/-teur, -euse/-eur, -ive/-if, -esse, final -e, doubled final consonant:
 * "cheffe" → "chef", "technicienne" → "technicien"). Only used to compare words with each
 * other, never shown.
 */
export function stem(folded: string): string {
  let w = folded;
  if (w.length <= 3) return w;
  if (w.endsWith('eaux')) w = w.slice(0, -1);
  else if (w.endsWith('aux') && w.length > 4) w = `${w.slice(0, -3)}al`;
  else if ((w.endsWith('s') && !w.endsWith('ss')) || w.endsWith('x')) w = w.slice(0, -1);

  if (w.endsWith('trice')) w = `${w.slice(0, -5)}teur`;
  else if (w.endsWith('euse')) w = `${w.slice(0, -4)}eur`;
  else if (w.endsWith('ive') && w.length > 4) w = `${w.slice(0, -3)}if`;
  else if (w.endsWith('esse') && w.length > 5) w = w.slice(0, -3);

  while (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) w = w.slice(0, -1);
  const last = w.charAt(w.length - 1);
  if (w.length > 3 && last === w.charAt(w.length - 2) && /[bcdfglmnprt]/.test(last)) w = w.slice(0, -1);
  return w;
}
