/**
 * Big Five scoring (pure), long form (116 items) and short form (Mini-IPIP, 20 items).
 *
 * - Reverse-keyed items score 6 − answer; a domain or facet is scored only if at most 20 % of its
 *   items are missing (domain of 24: 20 answers at least; facet of 4: all four); the mean is over
 *   answered items and the raw sum is prorated (mean × item count). Zeros are never imputed.
 * - Uncertainty: 90 % band = ±1.64·SEM, SEM = SD·√(1 − α) (instruments.md §5), given on the
 *   response metric (mean 1–5) and, with a norm, on the T metric (±1.64·10·√(1 − α)).
 * - Provisional norms: Johnson's (see johnson-norms.ts). Openness has 20 items here (O6 removed):
 *   its norm mean is Johnson's O mean minus his O6 mean (exact), its SD the O SD rescaled from 24
 *   to 20 parallel items with the inter-item correlation implied by α = .85 (approximation, flagged).
 * - Facets are shown only where the verified α reaches .70, as discussion prompts.
 * - The short form has no norm: its band is given in population SDs, ±1.64·√(1 − .60) ≈ ±1.04 SD.
 */
import type { Answers } from '../../../questionnaires/domain/conditions.ts';
import { scoreKeyedScales, type ScaleScore } from '../../../questionnaires/domain/keyed-scoring.ts';
import {
  DOMAINS,
  DOMAIN_ALPHA_24,
  DOMAIN_INFO,
  FACETS,
  FACET_ALPHA_TO_SHOW,
  Z90,
  alphaFor,
  interItemCorrelation,
  type Domain,
} from './constructs.ts';
import { IPIP_NEO_DEFINITION, MINI_IPIP_DEFINITION } from './definitions.ts';
import { IPIP_NEO_ITEMS, neoQuestionId } from './ipip-neo-items.ts';
import {
  domainNorm,
  facetNorm,
  normGroupLabel,
  percentileOfT,
  tScore,
  type Norm,
  type NormGroup,
} from './johnson-norms.ts';
import { MINI_IPIP_ALPHA } from './mini-ipip-items.ts';

export type Level = 'plutôt bas' | 'dans la moyenne' | 'plutôt élevé';

export interface Normed {
  t: number;
  tLow: number;
  tHigh: number;
  percentile: number;
  level: Level;
  /** Level at each end of the band (equal when the band stays in one level). */
  levelRange: [Level, Level];
  groupLabel: string;
  /** The norm itself is an approximation (Openness without O6). */
  approximate: boolean;
}

export type DomainScore =
  | { domain: Domain; name: string; scored: false; answered: number; itemCount: number }
  | {
      domain: Domain;
      name: string;
      scored: true;
      answered: number;
      itemCount: number;
      /** Mean on the 1–5 response metric, with its 90 % band. */
      mean: number;
      meanLow: number;
      meanHigh: number;
      alpha: number;
      normed: Normed | null;
    };

export type FacetHiddenReason = 'reliability_unverified' | 'reliability_low' | 'too_many_missing';

export type FacetScore =
  | { facet: string; domain: Domain; name: string; shown: false; reason: FacetHiddenReason }
  | { facet: string; domain: Domain; name: string; shown: true; mean: number; alpha: number; normed: Normed | null };

export interface QualityFlags {
  /** Longest run of identical answers in the order of administration. */
  longestRun: number;
  straightLining: boolean;
  /** Agreement with both positively and negatively keyed items (mean raw answer ≥ 3.75 on each). */
  acquiescence: boolean;
  /** Less than 2 seconds per answer on average, when the duration is known. */
  tooFast: boolean;
}

export interface BigFiveLongResult {
  form: 'long';
  domains: DomainScore[];
  facets: FacetScore[];
  normGroup: NormGroup;
  quality: QualityFlags;
}

export interface BigFiveShortResult {
  form: 'short';
  domains: Array<
    | { domain: Domain; name: string; scored: false; answered: number; itemCount: number }
    | {
        domain: Domain;
        name: string;
        scored: true;
        answered: number;
        itemCount: number;
        mean: number;
        alpha: number;
        halfWidthSd: number;
      }
  >;
}

export const STRAIGHT_LINE_RUN = 15;

export function levelOfT(t: number): Level {
  if (t < 45) return 'plutôt bas';
  if (t > 55) return 'plutôt élevé';
  return 'dans la moyenne';
}

function normed(raw: number, norm: Norm, alpha: number, groupLabel: string, approximate: boolean): Normed {
  const t = tScore(raw, norm);
  const half = Z90 * 10 * Math.sqrt(1 - alpha);
  return {
    t,
    tLow: t - half,
    tHigh: t + half,
    percentile: percentileOfT(t),
    level: levelOfT(t),
    levelRange: [levelOfT(t - half), levelOfT(t + half)],
    groupLabel,
    approximate,
  };
}

/** Openness norm for 20 items (O6 removed): exact mean, SD rescaled under parallel items. */
export function openness20Norm(group: NormGroup): { norm: Norm; alpha: number } {
  const o24 = domainNorm(group, 'O');
  const o6 = facetNorm(group, 'O', 6);
  const r = interItemCorrelation(DOMAIN_ALPHA_24, 24);
  const ratio = Math.sqrt((20 + 20 * 19 * r) / (24 + 24 * 23 * r));
  return { norm: { mean: o24.mean - o6.mean, sd: o24.sd * ratio }, alpha: alphaFor(r, 20) };
}

function quality(answers: Answers, durationSeconds: number | undefined): QualityFlags {
  let longestRun = 0;
  let run = 0;
  let previous: unknown;
  const plus: number[] = [];
  const minus: number[] = [];
  for (const item of IPIP_NEO_ITEMS) {
    const v = answers[neoQuestionId(item.sourceId)];
    if (typeof v !== 'number') {
      run = 0;
      previous = undefined;
      continue;
    }
    run = v === previous ? run + 1 : 1;
    previous = v;
    longestRun = Math.max(longestRun, run);
    (item.reverse ? minus : plus).push(v);
  }
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const answered = plus.length + minus.length;
  return {
    longestRun,
    straightLining: longestRun >= STRAIGHT_LINE_RUN,
    acquiescence: minus.length > 0 && mean(plus) >= 3.75 && mean(minus) >= 3.75,
    tooFast: durationSeconds !== undefined && answered > 0 && durationSeconds < 2 * answered,
  };
}

function byId(scores: ScaleScore[], id: string): ScaleScore | undefined {
  return scores.find((s) => s.scaleId === id);
}

/** Scores the long form. `durationSeconds` (time spent answering) is optional. */
export function scoreBigFiveLong(
  answers: Answers,
  normGroup: NormGroup = {},
  durationSeconds?: number,
): BigFiveLongResult {
  const scales = scoreKeyedScales(IPIP_NEO_DEFINITION, answers);
  const label = normGroupLabel(normGroup);
  const domains: DomainScore[] = DOMAINS.map((domain) => {
    const s = byId(scales, domain.toLowerCase());
    const name = DOMAIN_INFO[domain].name;
    if (!s || !s.scored)
      return { domain, name, scored: false as const, answered: s?.answered ?? 0, itemCount: s?.itemCount ?? 0 };
    const { norm, alpha } =
      domain === 'O' ? openness20Norm(normGroup) : { norm: domainNorm(normGroup, domain), alpha: DOMAIN_ALPHA_24 };
    const halfMean = Z90 * (norm.sd / s.itemCount) * Math.sqrt(1 - alpha);
    return {
      domain,
      name,
      scored: true as const,
      answered: s.answered,
      itemCount: s.itemCount,
      mean: s.mean,
      meanLow: Math.max(1, s.mean - halfMean),
      meanHigh: Math.min(5, s.mean + halfMean),
      alpha,
      normed: normed(s.proratedSum, norm, alpha, label, domain === 'O'),
    };
  });
  const facets: FacetScore[] = FACETS.map((f) => {
    const base = { facet: f.id, domain: f.domain, name: f.name };
    const s = byId(scales, f.id);
    if (f.alpha === null) return { ...base, shown: false as const, reason: 'reliability_unverified' as const };
    if (f.alpha < FACET_ALPHA_TO_SHOW) return { ...base, shown: false as const, reason: 'reliability_low' as const };
    if (!s || !s.scored) return { ...base, shown: false as const, reason: 'too_many_missing' as const };
    return {
      ...base,
      shown: true as const,
      mean: s.mean,
      alpha: f.alpha,
      normed: normed(s.proratedSum, facetNorm(normGroup, f.domain, f.index), f.alpha, label, false),
    };
  });
  return { form: 'long', domains, facets, normGroup, quality: quality(answers, durationSeconds) };
}

/** Scores the Mini-IPIP (no norm: means with a band in population SDs). */
export function scoreBigFiveShort(answers: Answers): BigFiveShortResult {
  const scales = scoreKeyedScales(MINI_IPIP_DEFINITION, answers);
  return {
    form: 'short',
    domains: DOMAINS.map((domain) => {
      const s = byId(scales, domain.toLowerCase());
      const name = DOMAIN_INFO[domain].name;
      if (!s || !s.scored)
        return { domain, name, scored: false as const, answered: s?.answered ?? 0, itemCount: s?.itemCount ?? 4 };
      return {
        domain,
        name,
        scored: true as const,
        answered: s.answered,
        itemCount: s.itemCount,
        mean: s.mean,
        alpha: MINI_IPIP_ALPHA,
        halfWidthSd: Z90 * Math.sqrt(1 - MINI_IPIP_ALPHA),
      };
    }),
  };
}
