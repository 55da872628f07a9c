/**
 * The suggestions' quality target of issue 13 on the real export (decision 040), so that a
 * regression fails here and not only in `npm run bench -- suggestions`: official mobility targets
 * found in the first 10 ≥ 40 %, a target in the first 5 for ≥ 90 % of fiches. The engine sees only
 * the drawn portfolio, the RIASEC code and the exclusion of the fiche (see quality.ts).
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { measureQuality, type QualityResult } from '../../domain/suggestions/quality.ts';
import { buildSuggestionIndex, suggestionCatalogueOf } from '../../domain/suggestions/suggestion-index.ts';
import { suggestJobs } from '../../domain/suggestions/suggest.ts';
import { SHARED_LISTED } from '../../domain/suggestions/reasons.ts';
import { readRomeExport } from './read-export.ts';
import { ROME_DIR } from '../../../../tests/support/rome.ts';

const exists = existsSync(ROME_DIR);
if (!exists)
  console.warn(`Export ROME absent (${ROME_DIR}) : le test de qualité des suggestions sur l’export réel est ignoré.`);

describe.skipIf(!exists)('job suggestions on the real export (v460)', () => {
  let quality: QualityResult;
  let index: ReturnType<typeof buildSuggestionIndex>;
  beforeAll(async () => {
    const { catalog } = await readRomeExport(ROME_DIR);
    const catalogue = suggestionCatalogueOf(catalog);
    index = buildSuggestionIndex(catalogue);
    quality = measureQuality(catalogue, index);
  }, 120_000);

  it('meets the quality target against France Travail’s own mobilities', () => {
    expect(quality.fiches).toBe(1584);
    expect(quality.recallAt10).toBeGreaterThanOrEqual(0.4);
    expect(quality.hitAt5).toBeGreaterThanOrEqual(0.9);
  });

  it('explains every suggestion in words, for a baker', () => {
    // A baker's portfolio: half the items of the fiche, core ones first.
    const baker = index.fiches[index.ficheByCode.get('D1102')!]!;
    const skills = [...baker.items.slice(0, Math.ceil(baker.items.length / 2))].map((id) => index.items[id]!.codeOgr);
    const answer = suggestJobs(index, { skills, riasec: [['R'], ['E']], jobsHeld: ['D1102'], exclude: [], limit: 10 });
    expect(answer.results).toHaveLength(10);
    expect(answer.results.map((r) => r.codeRome)).not.toContain('D1102');
    expect(answer.results.some((r) => r.reasons[0]?.includes('« Boulanger / Boulangère », un métier que vous avez exercé'))).toBe(true);
    for (const r of answer.results) {
      expect(r.reasons.length).toBeGreaterThanOrEqual(2);
      // The list is bounded (core ones first); the reason gives the total.
      expect(r.sharedSkills.length).toBeLessThanOrEqual(SHARED_LISTED);
      const total = Number(/Vous avez (\d+) des/.exec(r.reasons.join(' '))?.[1] ?? 0);
      expect(total).toBeGreaterThanOrEqual(r.sharedSkills.length);
    }
    const groups = new Set(answer.results.map((r) => r.group));
    expect(groups.has('proche') && groups.has('nouveau_domaine')).toBe(true);
  });
});
