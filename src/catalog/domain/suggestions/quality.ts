/**
 * The quality measure of issue 13 (decision 040), against France Travail's own mobilities: for
 * every fiche with at least 3 official mobilities, 60 % of its items (`unix_coherence_item`,
 * drawn with a fixed seed) and its RIASEC code make the portfolio; the fiche itself is excluded.
 * Counted: the official mobility targets found in the first 10 suggestions (share of all
 * targets), and the fiches with at least one target in the first 5.
 *
 * The engine sees only the portfolio, the RIASEC code and the exclusion, never the fiche it was
 * drawn from. It follows the official mobilities of the fiches closest to the portfolio, so the
 * measure also checks that the job someone comes from is recognised from 60 % of its items.
 */
import type { RiasecLetter } from '../model.ts';
import type { SuggestionCatalogue, SuggestionIndex } from './suggestion-index.ts';
import { closeness, suggestJobs, type SuggestionRequest } from './suggest.ts';

export const QUALITY_SEED = 20_260_613;
export const QUALITY_SHARE = 0.6;
export const QUALITY_MIN_MOBILITIES = 3;

/** Mulberry32: a small seeded generator, the same draw on every machine. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function hash(text: string): number {
  let h = 2_166_136_261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16_777_619);
  return h >>> 0;
}

/** 60 % (rounded, at least one) of the fiche's items, drawn with a seed fixed per fiche. */
export function drawPortfolio(codeRome: string, items: readonly string[], seed = QUALITY_SEED): string[] {
  const sorted = [...items].sort();
  const random = generator(seed ^ hash(codeRome));
  for (let i = sorted.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [sorted[i], sorted[j]] = [sorted[j]!, sorted[i]!];
  }
  return sorted.slice(0, Math.max(1, Math.round(QUALITY_SHARE * sorted.length)));
}

export interface QualityResult {
  fiches: number;
  targets: number;
  /** Targets found in the first 10, over all targets. */
  recallAt10: number;
  /** Fiches with at least one target in the first 5, over the fiches. */
  hitAt5: number;
  /** Fiches whose closest fiche (over the whole catalogue) is the fiche itself. */
  selfRecognised: number;
}

export function measureQuality(
  catalogue: SuggestionCatalogue,
  index: SuggestionIndex,
  options: { followMobilities?: boolean } = {},
): QualityResult {
  let fiches = 0;
  let targets = 0;
  let found = 0;
  let hits = 0;
  let self = 0;
  for (const fiche of catalogue.fiches) {
    if (fiche.mobilities.length < QUALITY_MIN_MOBILITIES) continue;
    const skills = drawPortfolio(
      fiche.codeRome,
      fiche.items.map((i) => i.codeOgr),
    );
    const riasec: RiasecLetter[][] = fiche.riasec.minor
      ? [[fiche.riasec.major], [fiche.riasec.minor]]
      : [[fiche.riasec.major]];
    const request: SuggestionRequest = { skills, riasec, jobsHeld: [], exclude: [fiche.codeRome], limit: 10 };
    const results = suggestJobs(index, request, { followMobilities: options.followMobilities ?? true }).results.map(
      (r) => r.codeRome,
    );
    const close = closeness(
      index,
      skills.map((c) => index.itemByCode.get(c)).filter((id) => id !== undefined),
    );
    if (close.indexOf(Math.max(...close)) === index.ficheByCode.get(fiche.codeRome)) self++;
    const wanted = new Set(fiche.mobilities);
    fiches++;
    targets += wanted.size;
    found += results.filter((c) => wanted.has(c)).length;
    if (results.slice(0, 5).some((c) => wanted.has(c))) hits++;
  }
  return {
    fiches,
    targets,
    recallAt10: targets === 0 ? 0 : found / targets,
    hitAt5: fiches === 0 ? 0 : hits / fiches,
    selfRecognised: fiches === 0 ? 0 : self / fiches,
  };
}
