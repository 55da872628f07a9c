import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildJobSearchIndex, searchJobs, type JobSearchIndex } from '../../domain/search/job-search.ts';
import { buildSkillSearchIndex, searchSkills, type SkillSearchIndex } from '../../domain/search/skill-search.ts';
import { readRomeExport } from './read-export.ts';
import { ROME_DIR } from '../../../../tests/support/rome.ts';

/** The export next to the repository (`../shared/data/rome`), or ROME_DIR. */
const exists = existsSync(ROME_DIR);
if (!exists) console.warn(`Export ROME absent (${ROME_DIR}) : les tests de recherche sur l’export réel sont ignorés.`);

describe.skipIf(!exists)('search on the real export (v460)', () => {
  let jobs: JobSearchIndex;
  let skills: SkillSearchIndex;
  beforeAll(async () => {
    const { catalog } = await readRomeExport(ROME_DIR);
    jobs = buildJobSearchIndex(catalog);
    skills = buildSkillSearchIndex(catalog);
  }, 60_000);

  it.each([
    ['boulangere', 'D1102'],
    ['aide soignante', 'J1501'],
    ['condcteur d’engins agri', 'A1101'],
    ['dev web', 'M1855'],
    ['chef de projet informatique', 'M1853'],
    ['infirmière', 'J1506'],
  ])('« %s » → %s first', (query, code) => {
    expect(searchJobs(jobs, query, { limit: 5 })[0]?.codeRome).toBe(code);
  });

  // Speed is measured in `npm run bench -- catalog`, not here: this checks the answers only.
  it('answers adversarial queries without failing, within the result limits', () => {
    const queries = [
      'a'.repeat(500),
      'co '.repeat(160),
      'zqxwvyzqxwvyzqxw '.repeat(28),
      'ingenieurr technicienn responsablle conductrise directrisse operatrise assistantt commerciall',
      '\u0000'.repeat(500),
      "'); DROP TABLE fiche; -- .*+?^${}()|[]\\ ".repeat(12),
      'é è ê ë ï ô û ç œ æ '.repeat(25),
    ];
    for (const query of queries) {
      expect(searchJobs(jobs, query, { limit: 10_000 }).length).toBeLessThanOrEqual(50);
      expect(searchSkills(skills, query, { limit: 10_000 }).length).toBeLessThanOrEqual(50);
    }
  });
});
