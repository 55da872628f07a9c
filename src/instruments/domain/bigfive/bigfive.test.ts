import { describe, expect, it } from 'vitest';
import { InstrumentSourceSchema } from '../provenance.ts';
import { DOMAINS, FACETS } from './constructs.ts';
import { IPIP_NEO_DEFINITION, MINI_IPIP_DEFINITION } from './definitions.ts';
import { IPIP_NEO_ITEMS, IPIP_NEO_SOURCE, facetOfItem, neoQuestionId } from './ipip-neo-items.ts';
import { domainNorm } from './johnson-norms.ts';
import { MINI_IPIP_ITEMS, MINI_IPIP_SOURCE, miniQuestionId } from './mini-ipip-items.ts';
import { bigFiveLongReport, bigFiveShortReport } from './report.ts';
import { openness20Norm, scoreBigFiveLong, scoreBigFiveShort } from './scoring.ts';

const allItems = (value: number) => Object.fromEntries(IPIP_NEO_ITEMS.map((i) => [neoQuestionId(i.sourceId), value]));

describe('Big Five item files', () => {
  it('long form: 116 items, source and licence stated, Liberalism (O6) left out', () => {
    expect(InstrumentSourceSchema.parse(IPIP_NEO_SOURCE).itemCount).toBe(116);
    expect(IPIP_NEO_SOURCE.source.licence).toMatch(/domaine public/);
    expect(IPIP_NEO_ITEMS).toHaveLength(116);
    expect(IPIP_NEO_ITEMS.map((i) => i.sourceId)).not.toEqual(expect.arrayContaining([28]));
    for (const k of [28, 58, 88, 118]) expect(IPIP_NEO_ITEMS.some((i) => i.sourceId === k)).toBe(false);
    expect(IPIP_NEO_ITEMS.some((i) => i.facet === 'o6')).toBe(false);
    const perDomain = Object.fromEntries(DOMAINS.map((d) => [d, IPIP_NEO_ITEMS.filter((i) => i.domain === d).length]));
    expect(perDomain).toEqual({ N: 24, E: 24, O: 20, A: 24, C: 24 });
    for (const f of FACETS) expect(IPIP_NEO_ITEMS.filter((i) => i.facet === f.id)).toHaveLength(4);
    expect(new Set(IPIP_NEO_ITEMS.map((i) => i.textFr)).size).toBe(116);
    expect(IPIP_NEO_DEFINITION.sections.flatMap((s) => s.questions)).toHaveLength(116);
  });

  it('follows Johnson’s 30-item cycle and published keys', () => {
    expect([facetOfItem(1), facetOfItem(2), facetOfItem(30), facetOfItem(31), facetOfItem(120)]).toEqual([
      { domain: 'N', facet: 'n1' },
      { domain: 'E', facet: 'e1' },
      { domain: 'C', facet: 'c6' },
      { domain: 'N', facet: 'n1' },
      { domain: 'C', facet: 'c6' },
    ]);
    // Keyed counts (+/−) of the IPIP-120 facets as published: N1 4+0, N5 1+3, E1 2+2, O2 2+2.
    const keys = (facet: string) => {
      const items = IPIP_NEO_ITEMS.filter((i) => i.facet === facet);
      return [items.filter((i) => !i.reverse).length, items.filter((i) => i.reverse).length];
    };
    expect([keys('n1'), keys('n5'), keys('e1'), keys('o2')]).toEqual([
      [4, 0],
      [1, 3],
      [2, 2],
      [2, 2],
    ]);
  });

  it('short form: 20 items, 4 per domain, published reverse keys', () => {
    expect(InstrumentSourceSchema.parse(MINI_IPIP_SOURCE).itemCount).toBe(20);
    expect(MINI_IPIP_ITEMS).toHaveLength(20);
    expect(MINI_IPIP_ITEMS.filter((i) => i.reverse).map((i) => i.sourceId)).toEqual([
      6, 7, 8, 9, 10, 15, 16, 17, 18, 19, 20,
    ]);
    for (const d of DOMAINS) expect(MINI_IPIP_ITEMS.filter((i) => i.domain === d)).toHaveLength(4);
    expect(MINI_IPIP_DEFINITION.sections.flatMap((s) => s.questions)).toHaveLength(20);
  });
});

describe('Big Five long-form scoring', () => {
  it('reverse-scores keyed items (facet E1 worked example)', () => {
    // E1 = items 2 (+), 32 (+), 62 (−), 92 (−). Answers 4, 5, 2, 1 → 4 + 5 + (6 − 2) + (6 − 1) = 18, mean 4.5.
    const answers = { ...allItems(3), 'neo-002': 4, 'neo-032': 5, 'neo-062': 2, 'neo-092': 1 };
    const e1 = scoreBigFiveLong(answers, { sex: 'female', ageBand: '21to40' }).facets.find((f) => f.facet === 'e1');
    expect(e1).toMatchObject({ shown: true, mean: 4.5 });
  });

  it('computes a domain mean, its band and a provisional T-score (hand-worked)', () => {
    const r = scoreBigFiveLong(allItems(3), { sex: 'female', ageBand: '21to40' });
    const n = r.domains.find((d) => d.domain === 'N');
    if (!n?.scored || !n.normed) throw new Error('N should be scored and normed');
    // All answers 3, reversed or not: raw N = 24 × 3 = 72; Johnson women 21–40: M 72.14, SD 16.16.
    // T = 50 + 10 × (72 − 72.14) / 16.16 = 49.91; band ±1.64 × 10 × √(1 − .85) = ±6.35 T.
    expect(n.normed.t).toBeCloseTo(49.91, 2);
    expect(n.normed.tHigh - n.normed.t).toBeCloseTo(6.35, 2);
    expect(n.normed.percentile).toBe(49);
    expect(n.normed.level).toBe('dans la moyenne');
    // 49.91 − 6.35 = 43.56 (< 45) and 49.91 + 6.35 = 56.26 (> 55): the band spans all three levels.
    expect(n.normed.levelRange).toEqual(['plutôt bas', 'plutôt élevé']);
    // Band on the 1–5 metric: ±1.64 × (16.16 / 24) × √.15 = ±0.43.
    expect(n.mean).toBe(3);
    expect(n.meanHigh - n.mean).toBeCloseTo(0.428, 3);
  });

  it('handles missing answers: ≤ 20 % prorated, more is not scored, never a zero', () => {
    const nItems = IPIP_NEO_ITEMS.filter((i) => i.domain === 'N').map((i) => neoQuestionId(i.sourceId));
    const four = { ...allItems(4) };
    for (const id of nItems.slice(0, 4)) delete four[id];
    const r4 = scoreBigFiveLong(four).domains.find((d) => d.domain === 'N');
    // 20 of 24 answered: all 4 (reverse 6 − 4 = 2 on the 4 reversed N items among them).
    expect(r4).toMatchObject({ scored: true, answered: 20 });
    const five = { ...four };
    delete five[nItems[4] as string];
    expect(scoreBigFiveLong(five).domains.find((d) => d.domain === 'N')).toMatchObject({ scored: false, answered: 19 });
    // A facet with one item missing (75 % answered) is not shown.
    const noN1 = { ...allItems(3) };
    delete noN1['neo-001'];
    expect(scoreBigFiveLong(noN1).facets.find((f) => f.facet === 'n1')).toMatchObject({
      shown: false,
      reason: 'too_many_missing',
    });
  });

  it('shows facets only where their verified reliability reaches .70', () => {
    const facets = scoreBigFiveLong(allItems(3)).facets;
    expect(facets.find((f) => f.facet === 'n1')).toMatchObject({ shown: true, alpha: 0.71 });
    expect(facets.find((f) => f.facet === 'n4')).toMatchObject({ shown: false, reason: 'reliability_low' });
    expect(facets.find((f) => f.facet === 'a1')).toMatchObject({ shown: false, reason: 'reliability_unverified' });
    expect(facets.filter((f) => f.shown).map((f) => f.facet)).toEqual([
      'n1',
      'n2',
      'n3',
      'n6',
      'e1',
      'e3',
      'e6',
      'o1',
      'o2',
    ]);
  });

  it('derives the 20-item Openness norm and mixes groups when sex is not given', () => {
    // Women 21–40: O mean 88.25 − O6 mean 12.06 = 76.19; r = .85 / (24 − 23 × .85) = .191;
    // SD 12.15 × √((20 + 380r) / (24 + 552r)) = 12.15 × 0.8457 = 10.28; α20 = 20r / (1 + 19r) = .825.
    const o = openness20Norm({ sex: 'female', ageBand: '21to40' });
    expect(o.norm.mean).toBeCloseTo(76.19, 2);
    expect(o.norm.sd).toBeCloseTo(10.276, 2);
    expect(o.alpha).toBeCloseTo(0.825, 3);
    // N, 21–40, no sex: mean (66.97 + 72.14) / 2 = 69.555; SD √((16.48² + 16.16²) / 2 + 2.585²) = 16.52.
    const mixed = domainNorm({ ageBand: '21to40' }, 'N');
    expect(mixed.mean).toBeCloseTo(69.555, 3);
    expect(mixed.sd).toBeCloseTo(16.524, 2);
  });

  it('flags straight-lining and acquiescence for the consultant', () => {
    expect(scoreBigFiveLong(allItems(4)).quality).toMatchObject({
      longestRun: 116,
      straightLining: true,
      acquiescence: true,
    });
    expect(scoreBigFiveLong(allItems(4), {}, 100).quality.tooFast).toBe(true);
  });
});

describe('Big Five short form', () => {
  it('scores means with reverse keys and gives the band in population SDs', () => {
    // E = items 1 (+), 6 (−), 11 (+), 16 (−): answers 5, 2, 4, 1 → 5 + 4 + 4 + 5 = 18, mean 4.5.
    const answers = Object.fromEntries(MINI_IPIP_ITEMS.map((i) => [miniQuestionId(i.sourceId), 3]));
    Object.assign(answers, { 'mini-01': 5, 'mini-06': 2, 'mini-11': 4, 'mini-16': 1 });
    const e = scoreBigFiveShort(answers).domains.find((d) => d.domain === 'E');
    expect(e).toMatchObject({ scored: true, mean: 4.5 });
    // ±1.64 × √(1 − .60) = ±1.04 SD.
    expect(e?.scored && e.halfWidthSd).toBeCloseTo(1.037, 3);
    delete answers['mini-01'];
    expect(scoreBigFiveShort(answers).domains.find((d) => d.domain === 'E')).toMatchObject({
      scored: false,
      answered: 3,
    });
  });
});

describe('Big Five reports', () => {
  const context = { audience: 'beneficiaire' as const, date: '2026-03-02', consultantName: 'Camille Martin' };
  it('use no clinical word or type label, name the provisional norm and invite discussion', () => {
    const long = bigFiveLongReport(scoreBigFiveLong(allItems(3), { ageBand: '41to60' }), context);
    const short = bigFiveShortReport(
      scoreBigFiveShort(Object.fromEntries(MINI_IPIP_ITEMS.map((i) => [miniQuestionId(i.sourceId), 2]))),
      context,
    );
    for (const report of [long, short]) {
      const text = JSON.stringify(report);
      expect(text).not.toMatch(/névros|névrot|patholog|trouble|dépress|diagnostic|vous êtes un|introverti|extraverti/i);
      expect(report.discussion.heading).toBe('À discuter avec votre consultant·e');
      expect(report.provenance).toContain('Consultant·e : Camille Martin');
      expect(report.dataTable?.rows).toHaveLength(5);
    }
    expect(JSON.stringify(long)).toContain('référence provisoire');
    expect(long.dataTable?.rows[0]).toMatchObject({ dimension: 'Sensibilité émotionnelle', moyenne: '3,0 sur 5' });
    expect(long.consultantNotes).toEqual([]);
    const forConsultant = bigFiveLongReport(scoreBigFiveLong(allItems(3)), { ...context, audience: 'consultant' });
    expect(forConsultant.consultantNotes.join(' ')).toContain('Réponses identiques en série');
  });
});
