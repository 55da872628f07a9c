/**
 * Hexagon geometry and congruence indices between a person's Holland code and an environment's
 * code (a job, e.g. ROME 4.0 riasecMajeur / riasecMineur). Pure functions, for later job matching.
 *
 * - Hexagon distance d(a, b) = min(|i − j|, 6 − |i − j|) in the order R-I-A-S-E-C (0 to 3).
 * - Iachan (1984) M index, three letters: Σ w(i, j) over pairs where the person's i-th letter
 *   equals the environment's j-th, w = [[22,10,4],[10,5,2],[4,2,1]] (0–28).
 * - Iachan (1990) two-letter index: same with w = [[5,2],[2,1]] (0–6); an environment whose two
 *   letters are equal counts as a single letter.
 * - Brown & Gore (1994) C index: 3·X₁ + 2·X₂ + X₃, Xₖ = 3 − d(kth person letter, kth env letter) (0–18).
 * Ties (Iachan 1990): congruence is averaged over every ordering the tie allows.
 */
import { RIASEC_LETTERS, type RiasecLetter } from './items.ts';

export function hexagonDistance(a: RiasecLetter, b: RiasecLetter): number {
  const diff = Math.abs(RIASEC_LETTERS.indexOf(a) - RIASEC_LETTERS.indexOf(b));
  return Math.min(diff, 6 - diff);
}

function weighted(
  person: readonly RiasecLetter[],
  env: readonly RiasecLetter[],
  w: readonly (readonly number[])[],
): number {
  let total = 0;
  person.forEach((p, i) => {
    env.forEach((e, j) => {
      if (p === e) total += w[i]?.[j] ?? 0;
    });
  });
  return total;
}

const IACHAN_3 = [
  [22, 10, 4],
  [10, 5, 2],
  [4, 2, 1],
];
const IACHAN_2 = [
  [5, 2],
  [2, 1],
];

/** Iachan (1984) M index on three-letter codes, 0–28. */
export function iachanM(
  person: readonly [RiasecLetter, RiasecLetter, RiasecLetter],
  env: readonly [RiasecLetter, RiasecLetter, RiasecLetter],
): number {
  return weighted(person, env, IACHAN_3);
}

/** Iachan (1990) two-letter index, 0–6. An environment such as "SS" is read as the single letter S. */
export function iachanTwoLetter(
  person: readonly [RiasecLetter, RiasecLetter],
  env: readonly [RiasecLetter, RiasecLetter],
): number {
  const envLetters = env[0] === env[1] ? [env[0]] : [env[0], env[1]];
  return weighted(person, envLetters, IACHAN_2);
}

/** Brown & Gore (1994) C index on three-letter codes, 0–18. */
export function brownGoreC(
  person: readonly [RiasecLetter, RiasecLetter, RiasecLetter],
  env: readonly [RiasecLetter, RiasecLetter, RiasecLetter],
): number {
  return [3, 2, 1].reduce(
    (sum, weight, k) => sum + weight * (3 - hexagonDistance(person[k] as RiasecLetter, env[k] as RiasecLetter)),
    0,
  );
}

/** Mean of an index over several person codes (the orderings a tie allows). */
export function averageOver<T>(codes: readonly T[], index: (code: T) => number): number {
  if (codes.length === 0) return 0;
  return codes.reduce((sum, c) => sum + index(c), 0) / codes.length;
}
