import type { Appellation } from '../src/catalog/domain/model.ts';

/**
 * Query set derived from the appellations, deterministically (seeded): for each sampled
 * appellation, its masculine form without accents in lowercase, its feminine form (when it
 * differs), its masculine form with one typo, and with one word truncated. These four make the
 * target set. An extra variant, two typos, is measured apart.
 */
export const VARIANTS = ['sans-accents', 'feminin', 'faute', 'mot-tronque'] as const;
export const EXTRA_VARIANTS = ['deux-fautes'] as const;
export type Variant = (typeof VARIANTS)[number] | (typeof EXTRA_VARIANTS)[number];

export interface DerivedQuery {
  text: string;
  expected: string;
  variant: Variant;
  source: string;
}

/** mulberry32: small, fast, deterministic. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Indexes of the words (letters only) of `text` with at least `minLength` letters. */
function wordSpans(text: string, minLength: number): [number, number][] {
  return [...text.matchAll(/\p{L}+/gu)]
    .filter((m) => m[0].length >= minLength)
    .map((m) => [m.index, m.index + m[0].length]);
}

/**
 * One typo in a word of 4+ letters: substitution, deletion, insertion or swap of neighbours,
 * anywhere but on the first letter (which a swap of the first two letters may still move).
 */
export function withTypo(text: string, random: () => number): string | null {
  const spans = wordSpans(text, 4);
  if (spans.length === 0) return null;
  const [start, end] = pick(random, spans);
  const word = text.slice(start, end);
  const at = 1 + Math.floor(random() * (word.length - 1));
  const letter = pick(random, LETTERS.split(''));
  let typo: string;
  switch (Math.floor(random() * 4)) {
    case 0:
      typo =
        word.slice(0, at) +
        (word[at] === letter ? pick(random, LETTERS.replace(letter, '').split('')) : letter) +
        word.slice(at + 1);
      break;
    case 1:
      typo = word.slice(0, at) + word.slice(at + 1);
      break;
    case 2:
      typo = word.slice(0, at) + letter + word.slice(at);
      break;
    default:
      typo =
        word[at - 1] === word[at]
          ? word.slice(0, at) + word.slice(at + 1)
          : word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1);
  }
  return text.slice(0, start) + typo + text.slice(end);
}

/** One word of 5+ letters cut after 3 to (length − 2) letters, as when typing. */
export function withTruncatedWord(text: string, random: () => number): string | null {
  const spans = wordSpans(text, 5);
  if (spans.length === 0) return null;
  const [start, end] = pick(random, spans);
  const keep = 3 + Math.floor(random() * (end - start - 4));
  return text.slice(0, start + keep) + text.slice(end);
}

export function deriveQueries(appellations: readonly Appellation[], sampleSize: number, seed: number): DerivedQuery[] {
  const shuffle = seededRandom(seed);
  // One stream per variant: adding or changing a variant leaves the others' queries unchanged.
  const typo = seededRandom(seed + 1);
  const truncation = seededRandom(seed + 2);
  const twoTypos = seededRandom(seed + 3);
  const order = appellations.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(shuffle() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const queries: DerivedQuery[] = [];
  for (const i of order.slice(0, sampleSize)) {
    const a = appellations[i] as Appellation;
    const masculine = a.masculine.toLowerCase();
    const push = (variant: Variant, text: string | null) => {
      if (text !== null) queries.push({ text, expected: a.codeRome, variant, source: a.label });
    };
    push('sans-accents', stripAccents(masculine));
    if (a.feminine !== a.masculine) push('feminin', a.feminine.toLowerCase());
    push('faute', withTypo(masculine, typo));
    push('mot-tronque', withTruncatedWord(masculine, truncation));
    const once = withTypo(masculine, twoTypos);
    push('deux-fautes', once === null ? null : withTypo(once, twoTypos));
  }
  return queries;
}
