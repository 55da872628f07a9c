/**
 * RIASEC scoring (pure): six sums, the Holland code with near-ties, and the flags the consultant
 * needs before reading a code (flat low profile, differentiation, consistency).
 *
 * - Each type is the sum of its 8 items (8–40). One missing item is prorated (mean × 8); with two
 *   or more missing (> 20 %), the type is not scored and no code is given.
 * - Near-ties: letters whose sums differ by at most `tieThreshold` (default 1 raw point for
 *   8 items, instruments.md §2.2) are interchangeable. Ties chain along the sorted profile
 *   (30, 29, 28 form one group). The code covers the first three positions, whole groups shown:
 *   "S/A E" means S and A in either order, then E.
 * - Flat low profile: the highest type stays at or under 20 (2.5 per item: on average the person would
 *   rather not do even their preferred activities). Any code is then meaningless: no suggestion.
 * - Differentiation (Iachan): highest − mean of the 2nd and 4th highest; low under 4 (Sillage rule).
 * - Consistency: hexagon distance between the first two letters (1 high, 2 medium, 3 low).
 */
import type { Answers } from '../../../questionnaires/domain/conditions.ts';
import { scoreKeyedScales } from '../../../questionnaires/domain/keyed-scoring.ts';
import { hexagonDistance, iachanTwoLetter, averageOver } from './congruence.ts';
import { RIASEC_DEFINITION } from './definition.ts';
import { RIASEC_LETTERS, type RiasecLetter } from './items.ts';

export type RiasecScores = Record<RiasecLetter, number>;

export interface HollandCode {
  /** Tie groups in order; together they cover at least the first three positions. */
  groups: RiasecLetter[][];
  /** e.g. "S/A E". */
  display: string;
  /** Every ordered pair the ties allow for the first two letters (for job matching). */
  twoLetterCodes: [RiasecLetter, RiasecLetter][];
  /** Every ordered triple the ties allow for the first three letters. */
  threeLetterCodes: [RiasecLetter, RiasecLetter, RiasecLetter][];
}

export interface RiasecFlags {
  flatLowProfile: boolean;
  differentiation: number;
  lowDifferentiation: boolean;
  /** Hexagon distance between the first two letters, per possible ordering (1 to 3). */
  consistency: { distance: number; level: 'élevée' | 'moyenne' | 'faible' } | null;
  consistencyDependsOnTies: boolean;
}

export type RiasecResult =
  | {
      status: 'scored';
      scores: RiasecScores;
      answeredPerType: Record<RiasecLetter, number>;
      code: HollandCode;
      flags: RiasecFlags;
    }
  | { status: 'incomplete'; missingTypes: RiasecLetter[] };

export const FLAT_PROFILE_MAX = 20;
export const LOW_DIFFERENTIATION = 4;

/** Sorted by score, then hexagon order for exact equality (a display convention only). */
function sortedLetters(scores: RiasecScores): RiasecLetter[] {
  return [...RIASEC_LETTERS].sort(
    (a, b) => scores[b] - scores[a] || RIASEC_LETTERS.indexOf(a) - RIASEC_LETTERS.indexOf(b),
  );
}

function permutations<T>(values: readonly T[]): T[][] {
  if (values.length <= 1) return [[...values]];
  return values.flatMap((v, i) =>
    permutations([...values.slice(0, i), ...values.slice(i + 1)]).map((rest) => [v, ...rest]),
  );
}

function prefixes(groups: RiasecLetter[][], length: number): RiasecLetter[][] {
  let orderings: RiasecLetter[][] = [[]];
  for (const group of groups) {
    if ((orderings[0]?.length ?? 0) >= length) break;
    orderings = orderings.flatMap((o) => permutations(group).map((p) => [...o, ...p]));
  }
  const seen = new Map<string, RiasecLetter[]>();
  for (const o of orderings) seen.set(o.slice(0, length).join(''), o.slice(0, length));
  return [...seen.values()];
}

/** Holland code of six scores, with near-ties (|difference| ≤ tieThreshold) shown as interchangeable. */
export function hollandCode(scores: RiasecScores, tieThreshold = 1): HollandCode {
  const sorted = sortedLetters(scores);
  const all: RiasecLetter[][] = [];
  for (const letter of sorted) {
    const current = all[all.length - 1];
    const last = current?.[current.length - 1];
    if (current && last !== undefined && scores[last] - scores[letter] <= tieThreshold) current.push(letter);
    else all.push([letter]);
  }
  const groups: RiasecLetter[][] = [];
  let covered = 0;
  for (const g of all) {
    if (covered >= 3) break;
    groups.push(g);
    covered += g.length;
  }
  return {
    groups,
    display: groups.map((g) => g.join('/')).join(' '),
    twoLetterCodes: prefixes(groups, 2) as [RiasecLetter, RiasecLetter][],
    threeLetterCodes: prefixes(groups, 3) as [RiasecLetter, RiasecLetter, RiasecLetter][],
  };
}

export function riasecFlags(scores: RiasecScores, code: HollandCode): RiasecFlags {
  const values = sortedLetters(scores).map((l) => scores[l]);
  const [first = 0, second = 0, , fourth = 0] = values;
  const differentiation = first - (second + fourth) / 2;
  const distances = new Set(code.twoLetterCodes.map(([a, b]) => hexagonDistance(a, b)));
  const primary = code.twoLetterCodes[0];
  const distance = primary ? hexagonDistance(primary[0], primary[1]) : null;
  return {
    flatLowProfile: first <= FLAT_PROFILE_MAX,
    differentiation,
    lowDifferentiation: differentiation < LOW_DIFFERENTIATION,
    consistency:
      distance === null ? null : { distance, level: distance <= 1 ? 'élevée' : distance === 2 ? 'moyenne' : 'faible' },
    consistencyDependsOnTies: distances.size > 1,
  };
}

/** Scores a RIASEC answer set (question ids r1…c8, values 1–5). */
export function scoreRiasec(answers: Answers, tieThreshold = 1): RiasecResult {
  const scales = scoreKeyedScales(RIASEC_DEFINITION, answers);
  const scores = {} as RiasecScores;
  const answeredPerType = {} as Record<RiasecLetter, number>;
  const missingTypes: RiasecLetter[] = [];
  for (const letter of RIASEC_LETTERS) {
    const s = scales.find((x) => x.scaleId === letter.toLowerCase());
    if (!s || !s.scored) missingTypes.push(letter);
    else {
      scores[letter] = s.proratedSum;
      answeredPerType[letter] = s.answered;
    }
  }
  if (missingTypes.length > 0) return { status: 'incomplete', missingTypes };
  const code = hollandCode(scores, tieThreshold);
  return { status: 'scored', scores, answeredPerType, code, flags: riasecFlags(scores, code) };
}

/** z-scores of the six types within the person (for the tie-breaker of job matching). */
export function withinPersonZ(scores: RiasecScores): RiasecScores {
  const values = RIASEC_LETTERS.map((l) => scores[l]);
  const mean = values.reduce((a, b) => a + b, 0) / 6;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / 6);
  const z = {} as RiasecScores;
  for (const l of RIASEC_LETTERS) z[l] = sd === 0 ? 0 : (scores[l] - mean) / sd;
  return z;
}

/**
 * Match of a person with a ROME fiche (riasecMajeur, riasecMineur), instruments.md §2.4:
 * primary = Iachan two-letter index averaged over the person's tie orderings (0–6);
 * tieBreaker = 2·z(majeur) + z(mineur) with the person's within-person z-scores.
 */
export function romeMatch(
  scores: RiasecScores,
  code: HollandCode,
  rome: { majeur: RiasecLetter; mineur: RiasecLetter },
): { iachan: number; tieBreaker: number } {
  const z = withinPersonZ(scores);
  return {
    iachan: averageOver(code.twoLetterCodes, (pair) => iachanTwoLetter(pair, [rome.majeur, rome.mineur])),
    tieBreaker: 2 * z[rome.majeur] + z[rome.mineur],
  };
}
