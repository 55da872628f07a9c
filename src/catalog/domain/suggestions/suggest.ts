/**
 * Explained job suggestions (issue 13, decision 040): pure and in memory over a SuggestionIndex.
 *
 * 1. Closeness of each fiche to the portfolio: the cosine between the portfolio's items and the
 *    fiche's, both weighted by the items' rarity (core items of the fiche weigh more).
 * 2. Where the person comes from: the jobs they held, and the fiches closest to their portfolio
 *    (even excluded ones: typically the job they want to leave). From each, France Travail's
 *    official mobilities are followed, earlier ones weighing more.
 * 3. RIASEC congruence: Iachan's two-letter index (0–6) between the person's code and the fiche's
 *    major and minor, averaged over the orderings a tie or a missing letter allows: the index of
 *    the RIASEC report (src/instruments/domain/riasec).
 * The score mixes the three; every suggestion carries its reasons in French and its group.
 */
import { averageOver, iachanTwoLetter } from '../../../instruments/domain/riasec/congruence.ts';
import { RIASEC_LETTERS, type RiasecLetter } from '../model.ts';
import { CORE_FACTOR, RIASEC_CODES, type SuggestionIndex } from './suggestion-index.ts';
import { suggestionReasons } from './reasons.ts';

export const SUGGESTION_GROUPS = ['proche', 'nouveau_domaine', 'evolution'] as const;
export type SuggestionGroup = (typeof SUGGESTION_GROUPS)[number];

export interface SuggestionRequest {
  /** OGR codes of any item (compétences, macro-compétences, savoirs, contextes). */
  skills: readonly string[];
  /** The person's Holland code as tie groups, e.g. [['S'], ['I'], ['A']] for "SIA"; empty: none. */
  riasec: readonly (readonly RiasecLetter[])[];
  /** Jobs held (codes ROME): official mobilities from them are followed; never suggested back. */
  jobsHeld: readonly string[];
  /**
   * Jobs the person wishes to head for (codes ROME, e.g. the pistes they desire most): their
   * official mobilities are followed like a job held's, and they may themselves be suggested.
   */
  wishes?: readonly string[];
  exclude: readonly string[];
  limit: number;
}

export interface SkillRef {
  codeOgr: string;
  label: string;
}

export interface Suggestion {
  codeRome: string;
  label: string;
  /** 0–100, relative to this request; always with its reasons. */
  score: number;
  group: SuggestionGroup;
  reasons: string[];
  sharedSkills: SkillRef[];
  missingCoreSkills: SkillRef[];
}

export interface SuggestionAnswer {
  results: Suggestion[];
  unknownSkills: string[];
  /** Why the list is empty or short, in French; null otherwise. */
  notice: string | null;
}

/** Where the mobilities come from. */
export interface Origin {
  fiche: number;
  /** A job held or wished (1), or a close fiche, weighted by its closeness relative to the closest. */
  weight: number;
  kind: 'held' | 'wish' | 'close';
}

/** Which origin names a mobility when several lead to it: a job held, then a wish, then closeness. */
const ORIGIN_RANK: Record<Origin['kind'], number> = { held: 2, wish: 1, close: 0 };

const WEIGHTS = { mobility: 0.5, closeness: 0.4, riasec: 0.1 };
/** Inferred origins: at most this many closest fiches, within this share of the closest's closeness. */
const MAX_INFERRED_ORIGINS = 3;
const ORIGIN_SHARE = 0.6;
/** Below this closeness the portfolio does not resemble any fiche enough to say where it comes from. */
const MIN_ORIGIN_CLOSENESS = 0.15;
/** A « nouveau domaine » suggestion needs at least this congruence (the first letters agree). */
const NEW_FIELD_MIN_CONGRUENCE = 4;

/** Every ordered pair of first two letters that the code allows (ties, a single letter). */
export function riasecPairs(groups: readonly (readonly RiasecLetter[])[]): [RiasecLetter, RiasecLetter][] {
  const orderings: RiasecLetter[][] = [];
  const extend = (prefix: RiasecLetter[], rest: readonly (readonly RiasecLetter[])[]) => {
    if (prefix.length >= 2 || rest.length === 0) return void orderings.push(prefix);
    const [group, ...others] = rest;
    const remaining = (group ?? []).filter((l) => !prefix.includes(l));
    if (remaining.length === 0) return extend(prefix, others);
    for (const letter of remaining) extend([...prefix, letter], [remaining.filter((l) => l !== letter), ...others]);
  };
  extend([], groups);
  const pairs = new Map<string, [RiasecLetter, RiasecLetter]>();
  for (const o of orderings) {
    const [first, second] = o;
    if (!first) continue;
    // A single letter: the second is any other one, as in a tie of the five others.
    const seconds = second ? [second] : RIASEC_LETTERS.filter((l) => l !== first);
    for (const s of seconds) pairs.set(first + s, [first, s]);
  }
  return [...pairs.values()];
}

export function riasecCongruence(
  pairs: readonly [RiasecLetter, RiasecLetter][],
  fiche: { major: RiasecLetter; minor: RiasecLetter | null },
): number {
  const env: [RiasecLetter, RiasecLetter] = [fiche.major, fiche.minor ?? fiche.major];
  return averageOver(pairs, (pair) => iachanTwoLetter(pair, env));
}

/** The weighted cosine of every fiche with the portfolio (0–1). */
export function closeness(
  index: SuggestionIndex,
  itemIds: readonly number[],
  dot: Float64Array = new Float64Array(index.fiches.length),
): Float64Array {
  dot.fill(0);
  let squares = 0;
  for (const id of itemIds) {
    const w = index.weight[id] ?? 0;
    squares += w * w;
    const posting = index.postings[id];
    if (!posting) continue;
    for (let k = 0; k < posting.fiches.length; k++) {
      const f = posting.fiches[k]!;
      dot[f] = (dot[f] ?? 0) + w * w * (posting.core[k] ? CORE_FACTOR : 1);
    }
  }
  const norm = Math.sqrt(squares);
  if (norm === 0) return dot;
  for (let f = 0; f < dot.length; f++) {
    const fn = index.fiches[f]!.norm;
    dot[f] = fn === 0 ? 0 : (dot[f] ?? 0) / (norm * fn);
  }
  return dot;
}

/** Jobs held, jobs wished, then the closest fiches (excluded ones too: where the person comes from). */
export function origins(
  index: SuggestionIndex,
  close: Float64Array,
  held: readonly number[],
  wishes: readonly number[] = [],
): Origin[] {
  const result: Origin[] = held.map((fiche) => ({ fiche, weight: 1, kind: 'held' }));
  for (const fiche of wishes) if (!held.includes(fiche)) result.push({ fiche, weight: 1, kind: 'wish' });
  const ranked = topK(close, MAX_INFERRED_ORIGINS, () => true);
  const best = ranked[0] === undefined ? 0 : (close[ranked[0]] ?? 0);
  if (best < MIN_ORIGIN_CLOSENESS) return result;
  for (const f of ranked) {
    const c = close[f] ?? 0;
    if (c < ORIGIN_SHARE * best || result.some((o) => o.fiche === f)) continue;
    result.push({ fiche: f, weight: (c / best) ** 4, kind: 'close' });
  }
  return result;
}

/** Indices of the k largest values that pass `keep`, largest first. */
function topK(values: Float64Array, k: number, keep: (i: number) => boolean): number[] {
  const top: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? 0;
    if (v <= 0 || !keep(i)) continue;
    if (top.length === k && v <= (values[top[k - 1]!] ?? 0)) continue;
    let at = top.length;
    while (at > 0 && (values[top[at - 1]!] ?? 0) < v) at--;
    top.splice(at, 0, i);
    if (top.length > k) top.pop();
  }
  return top;
}

export interface EngineOptions {
  /** Follow the official mobilities of the closest fiches (default); off only to measure without it. */
  followMobilities?: boolean;
}

export function suggestJobs(
  index: SuggestionIndex,
  request: SuggestionRequest,
  options: EngineOptions = {},
): SuggestionAnswer {
  const unknown = new Set<string>();
  const seenItems = new Set<number>();
  for (const code of request.skills) {
    const id = index.itemByCode.get(code);
    if (id === undefined) unknown.add(code);
    else seenItems.add(id);
  }
  const unknownSkills = [...unknown];
  const itemIds = [...seenItems];
  const fichesOf = (codes: readonly string[]) => [
    ...new Set(codes.map((c) => index.ficheByCode.get(c)).filter((f) => f !== undefined)),
  ];
  const held = fichesOf(request.jobsHeld);
  const wishes = fichesOf(request.wishes ?? []);
  const excluded = new Set<number>(held);
  for (const code of request.exclude) {
    const f = index.ficheByCode.get(code);
    if (f !== undefined) excluded.add(f);
  }
  const pairs = riasecPairs(request.riasec);
  const limit = Math.max(0, Math.min(request.limit, index.fiches.length));

  if (itemIds.length === 0 && pairs.length === 0 && held.length === 0 && wishes.length === 0)
    return {
      results: [],
      unknownSkills,
      notice:
        unknownSkills.length > 0
          ? 'Aucune des compétences indiquées n’est connue du catalogue : aucune suggestion possible sans compétence reconnue, code RIASEC ou métier exercé.'
          : 'Indiquez au moins une compétence, un code RIASEC ou un métier exercé pour obtenir des suggestions.',
    };
  // Per-fiche arrays are the index's scratch space, reused by every request (the engine runs
  // synchronously, so no two requests share them at once): no allocation, no garbage per request.
  const { scratch } = index;
  const excludedMask = scratch.excluded.fill(0);
  for (const f of excluded) excludedMask[f] = 1;
  if (excluded.size >= index.fiches.length)
    return {
      results: [],
      unknownSkills,
      notice: 'Tous les métiers du catalogue sont exclus : aucune suggestion possible.',
    };

  const close = closeness(index, itemIds, scratch.close);
  const from = options.followMobilities === false ? [] : origins(index, close, held, wishes);
  const mobility = scratch.mobility.fill(0);
  const via = new Map<number, Origin>();
  for (const origin of from) {
    const targets = index.fiches[origin.fiche]!.mobilities;
    for (let k = 0; k < targets.length; k++) {
      const t = targets[k]!;
      const gain = origin.weight / (1 + 0.12 * k);
      mobility[t] = (mobility[t] ?? 0) + gain;
      const current = via.get(t);
      const rank = ORIGIN_RANK[origin.kind] - (current ? ORIGIN_RANK[current.kind] : -1);
      if (rank > 0 || (rank === 0 && origin.weight > current!.weight)) via.set(t, origin);
    }
  }
  let maxClose = 0;
  let maxMobility = 0;
  for (let f = 0; f < close.length; f++) {
    if (excludedMask[f]) continue;
    if ((close[f] ?? 0) > maxClose) maxClose = close[f] ?? 0;
    if ((mobility[f] ?? 0) > maxMobility) maxMobility = mobility[f] ?? 0;
  }
  // The index depends only on the fiche's two letters: 42 codes at most, each computed once.
  const byCode: number[] = new Array<number>(RIASEC_CODES).fill(-1);
  const congruence = scratch.congruence.fill(0);
  const score = scratch.score.fill(0);
  const closeFactor = maxClose > 0 ? WEIGHTS.closeness / maxClose : 0;
  const mobilityFactor = maxMobility > 0 ? WEIGHTS.mobility / maxMobility : 0;
  for (let f = 0; f < score.length; f++) {
    if (excludedMask[f]) continue;
    if (pairs.length > 0) {
      const code = index.riasecCodes[f] ?? 0;
      let value = byCode[code] ?? -1;
      if (value < 0) byCode[code] = value = riasecCongruence(pairs, index.fiches[f]!.riasec);
      congruence[f] = value;
    }
    score[f] =
      mobilityFactor * (mobility[f] ?? 0) + closeFactor * (close[f] ?? 0) + (WEIGHTS.riasec * (congruence[f] ?? 0)) / 6;
  }
  const originFiches = from.map((o) => index.fiches[o.fiche]!);
  const groupOf = (f: number): SuggestionGroup => {
    const fiche = index.fiches[f]!;
    if (via.has(f)) return originFiches.some((o) => o.domainCode === fiche.domainCode) ? 'proche' : 'evolution';
    if (
      pairs.length > 0 &&
      (congruence[f] ?? 0) >= NEW_FIELD_MIN_CONGRUENCE &&
      !originFiches.some((o) => o.grandDomainCode === fiche.grandDomainCode)
    )
      return 'nouveau_domaine';
    return 'proche';
  };
  const ranked = topK(score, limit, (f) => excludedMask[f] === 0);
  // « Mêmes intérêts, nouveau domaine » is rarely among the best scores, which skills and
  // mobilities dominate: with a RIASEC code, the last places (one per five) go to the best of them
  // when the list has fewer. They keep their own, lower scores: the list stays best first.
  if (pairs.length > 0 && limit >= 5) {
    const wanted = Math.floor(limit / 5) - ranked.filter((f) => groupOf(f) === 'nouveau_domaine').length;
    if (wanted > 0) {
      const inList = new Set(ranked);
      const newField = topK(
        score,
        wanted,
        (f) => excludedMask[f] === 0 && !inList.has(f) && groupOf(f) === 'nouveau_domaine',
      );
      let at = ranked.length - 1;
      for (const f of newField) {
        while (at >= 0 && groupOf(ranked[at]!) === 'nouveau_domaine') at--;
        if (at < 0) break;
        if (ranked.length < limit) ranked.push(f);
        else ranked[at--] = f;
      }
      ranked.sort((a, b) => (score[b] ?? 0) - (score[a] ?? 0));
    }
  }
  const top = ranked[0] === undefined ? 0 : (score[ranked[0]] ?? 0);
  const results = ranked.map((f) => {
    const fiche = index.fiches[f]!;
    const group = groupOf(f);
    const explained = suggestionReasons(index, {
      fiche: f,
      portfolio: seenItems,
      group,
      congruence: pairs.length > 0 ? (congruence[f] ?? 0) : null,
      riasecCode: request.riasec.map((g) => g.join('/')).join(''),
      via: via.get(f) ?? null,
    });
    return {
      codeRome: fiche.codeRome,
      label: fiche.label,
      score: top > 0 ? Math.round((100 * (score[f] ?? 0)) / top) : 0,
      group,
      ...explained,
    };
  });
  return {
    results,
    unknownSkills,
    notice: results.length === 0 ? 'Aucun métier ne ressort de ces compétences et de ces intérêts.' : null,
  };
}
