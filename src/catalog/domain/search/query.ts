import { expandAbbreviation } from './abbreviations.ts';
import { words, type Word } from './normalize.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Hard bounds on the work one query may cause, whatever it contains. */
export const QUERY_BOUNDS = {
  /** Characters of the query looked at. */
  maxChars: 200,
  /** Words of the query looked at. */
  maxWords: 10,
  /** Vocabulary words a truncated word may stand for. */
  maxPrefixExpansions: 48,
  /** Atoms (words, expansions, splits) per query. */
  maxAtoms: 32,
  /** Longer words are not looked up with typos (no job title word comes close). */
  maxFuzzyLength: 32,
  /** Words per query looked up with typos. */
  maxFuzzyWords: 6,
} as const;

export type MatchKind = 'exact' | 'prefix' | 'fuzzy';

/** A vocabulary term a query word may stand for, and how well. */
export interface Candidate {
  term: number;
  surface: number;
  quality: number;
  kind: MatchKind;
}

/** One word to look for in documents. */
export interface Atom {
  word: Word;
  candidates: Candidate[];
}

/** How a slot was read: as typed, as an abbreviation, split in two words, or two words joined. */
export type AlternativeKind = 'typed' | 'abbreviation' | 'split' | 'joined';

export interface Alternative {
  kind: AlternativeKind;
  atoms: number[];
  factor: number;
}

/** One or two typed words, with the ways they can be read; a document takes the best. */
export interface Slot {
  typed: string;
  alternatives: Alternative[];
  weight: number;
}

export interface ParsedQuery {
  atoms: Atom[];
  slots: Slot[];
}

const PREFIX_BASE = 0.6;
const PREFIX_SPAN = 0.3;
const FUZZY_QUALITY = [1, 0.8, 0.62] as const;

function candidatesFor(vocabulary: Vocabulary, folded: string, last: boolean, budget: { fuzzy: number }): Candidate[] {
  const candidates: Candidate[] = [];
  const seen = new Set<number>();
  const push = (term: number, surface: number, quality: number, kind: MatchKind) => {
    if (seen.has(term)) return;
    seen.add(term);
    candidates.push({ term, surface, quality, kind });
  };
  const surface = vocabulary.surfaceOf(folded);
  if (surface !== undefined) push(vocabulary.surfaceTerm[surface] as number, surface, 1, 'exact');
  const stemTerm = vocabulary.termOfStem(folded);
  if (stemTerm !== undefined) push(stemTerm, vocabulary.termSurface[stemTerm] as number, 1, 'exact');

  // Any word may be truncated, but a word of the vocabulary followed by others was most likely
  // typed whole ("soud" shares a stem with "soude" but is not a word: it may be "soudeur").
  if ((last && folded.length >= 2) || (surface === undefined && folded.length >= 3)) {
    for (const id of vocabulary.withPrefix(folded, QUERY_BOUNDS.maxPrefixExpansions)) {
      const ratio = folded.length / (vocabulary.surfaces[id] as string).length;
      push(vocabulary.surfaceTerm[id] as number, id, PREFIX_BASE + PREFIX_SPAN * ratio, 'prefix');
    }
  }
  if (
    budget.fuzzy > 0 &&
    surface === undefined &&
    stemTerm === undefined &&
    folded.length >= 4 &&
    folded.length <= QUERY_BOUNDS.maxFuzzyLength
  ) {
    budget.fuzzy--;
    const maxDistance = folded.length >= 8 ? 2 : 1;
    const near = vocabulary.near(folded, maxDistance).sort((a, b) => a.distance - b.distance || a.surface - b.surface);
    for (const { surface: id, distance } of near) {
      push(vocabulary.surfaceTerm[id] as number, id, FUZZY_QUALITY[distance] ?? 0, 'fuzzy');
    }
  }
  return candidates.sort((a, b) => b.quality - a.quality);
}

/** First way to cut a glued word ("aidesoignant") into two known words. */
function splitGlued(vocabulary: Vocabulary, folded: string): [string, string] | null {
  if (folded.length < 5) return null;
  for (let cut = 2; cut <= folded.length - 2; cut++) {
    const left = folded.slice(0, cut);
    const right = folded.slice(cut);
    if (vocabulary.surfaceOf(left) !== undefined && vocabulary.surfaceOf(right) !== undefined) return [left, right];
  }
  return null;
}

/**
 * Reads a query against a vocabulary: each word becomes a slot whose alternatives are the word
 * as typed (exact, same stem, truncated, or up to 1–2 typos), its abbreviation expansion, a
 * split of a glued word, or its join with the next word ("plate forme" → "plateforme").
 */
export function parseQuery(
  vocabulary: Vocabulary,
  idf: ArrayLike<number>,
  unknownWeight: number,
  text: string,
): ParsedQuery {
  const seen = new Set<string>();
  // A long query is cut at a word boundary (a word cut in two would be read as truncated).
  const bounded =
    text.length <= QUERY_BOUNDS.maxChars
      ? text
      : text.slice(0, QUERY_BOUNDS.maxChars).replace(/[\p{L}\p{N}\p{M}]+$/u, '');
  const typed = words(bounded)
    .filter((w) => !seen.has(w.folded) && seen.add(w.folded))
    .slice(0, QUERY_BOUNDS.maxWords);
  const atoms: Atom[] = [];
  const budget = { fuzzy: QUERY_BOUNDS.maxFuzzyWords };
  const addAtom = (word: Word, last: boolean): number | null => {
    if (atoms.length >= QUERY_BOUNDS.maxAtoms) return null;
    atoms.push({ word, candidates: candidatesFor(vocabulary, word.folded, last, budget) });
    return atoms.length - 1;
  };
  const atomWeight = (index: number): number => {
    const { candidates } = atoms[index] as Atom;
    if (candidates.length === 0) return unknownWeight;
    return candidates.reduce((sum, c) => sum + (idf[c.term] as number), 0) / candidates.length;
  };
  const alternative = (kind: AlternativeKind, list: (number | null)[], factor: number): Alternative | null =>
    list.every((a) => a !== null) ? { kind, atoms: list as number[], factor } : null;

  const slots: Slot[] = [];
  typed.forEach((word, i) => {
    const last = i === typed.length - 1;
    const literal = addAtom(word, last);
    if (literal === null) return;
    const alternatives: Alternative[] = [{ kind: 'typed', atoms: [literal], factor: 1 }];
    const expansion = expandAbbreviation(word.folded);
    if (expansion !== undefined) {
      const alt = alternative(
        'abbreviation',
        words(expansion).map((w) => addAtom(w, false)),
        0.98,
      );
      if (alt) alternatives.push(alt);
    }
    if ((atoms[literal] as Atom).candidates.length === 0) {
      const parts = splitGlued(vocabulary, word.folded);
      const alt =
        parts &&
        alternative(
          'split',
          parts.map((p) => addAtom({ display: p, folded: p }, false)),
          0.95,
        );
      if (alt) alternatives.push(alt);
    }
    slots.push({ typed: word.display, alternatives, weight: 0 });
  });

  // Two typed words that form one known word ("plate forme"): merge their slots.
  for (let i = 0; i + 1 < slots.length; i++) {
    const a = slots[i] as Slot;
    const b = slots[i + 1] as Slot;
    const first = a.alternatives[0] as Alternative;
    const second = b.alternatives[0] as Alternative;
    const joined =
      (atoms[first.atoms[0] as number] as Atom).word.folded + (atoms[second.atoms[0] as number] as Atom).word.folded;
    if (a.alternatives.length !== 1 || b.alternatives.length !== 1 || vocabulary.surfaceOf(joined) === undefined)
      continue;
    const atom = addAtom({ display: joined, folded: joined }, false);
    if (atom === null) break;
    slots.splice(i, 2, {
      typed: `${a.typed} ${b.typed}`,
      alternatives: [
        { kind: 'typed', atoms: [...first.atoms, ...second.atoms], factor: 1 },
        { kind: 'joined', atoms: [atom], factor: 0.98 },
      ],
      weight: 0,
    });
  }

  for (const slot of slots) {
    const span = slot.alternatives[0]?.atoms.length ?? 1;
    slot.weight = Math.max(
      ...slot.alternatives.map(
        (alt) => (span * alt.atoms.reduce((sum, a) => sum + atomWeight(a), 0)) / alt.atoms.length,
      ),
    );
  }
  return { atoms, slots };
}
