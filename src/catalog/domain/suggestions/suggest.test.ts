import { describe, expect, it } from 'vitest';
import { buildSuggestionIndex, type SuggestionCatalogue } from './suggestion-index.ts';
import { riasecCongruence, riasecPairs, suggestJobs, type SuggestionRequest } from './suggest.ts';
import { drawPortfolio } from './quality.ts';

/** An invented catalogue: a bakery family, a retail job, a care job, a desk job. */
const items = [
  ['1', 'Pétrir une pâte', 'competence'],
  ['2', 'Façonner des pâtons', 'competence'],
  ['3', 'Cuire des produits de boulangerie', 'competence'],
  ['4', 'Décorer des pâtisseries', 'competence'],
  ['5', 'Tenir une caisse', 'competence'],
  ['6', 'Conseiller un client', 'competence'],
  ['7', 'Hygiène alimentaire', 'savoir'],
  ['8', 'Travail en équipe', 'contexte'],
  ['9', 'Réaliser des soins d’hygiène', 'competence'],
  ['10', 'Tenir une comptabilité', 'competence'],
  ['11', 'Accompagner une personne', 'macro_competence'],
] as const;

const fiche = (
  codeRome: string,
  label: string,
  riasec: [
    SuggestionCatalogue['fiches'][number]['riasec']['major'],
    SuggestionCatalogue['fiches'][number]['riasec']['minor'],
  ],
  core: string[],
  other: string[],
  mobilities: string[],
) => ({
  codeRome,
  label,
  domainCode: codeRome.slice(0, 3),
  grandDomainCode: codeRome.slice(0, 1),
  riasec: { major: riasec[0], minor: riasec[1] },
  items: [
    ...core.map((codeOgr) => ({ codeOgr, core: 'principale' as const })),
    ...other.map((codeOgr) => ({ codeOgr, core: null })),
  ],
  mobilities,
});

const catalogue: SuggestionCatalogue = {
  items: items.map(([codeOgr, label, kind]) => ({ codeOgr, label, kind })),
  fiches: [
    fiche('D1102', 'Boulanger / Boulangère', ['R', 'E'], ['1', '2', '3'], ['7', '8'], ['D1104', 'D1106']),
    fiche('D1104', 'Pâtissier / Pâtissière', ['R', 'A'], ['4', '1'], ['7', '8', '3'], ['D1102']),
    fiche('D1106', 'Vendeur / Vendeuse en épicerie', ['C', 'E'], ['5', '6'], ['7', '8'], ['D1102']),
    fiche('J1501', 'Aide-soignant / Aide-soignante', ['S', 'R'], ['9', '11'], ['8', '7'], ['J1502']),
    fiche('J1502', 'Auxiliaire de vie', ['S', null], ['11'], ['9', '8'], ['J1501']),
    fiche('M1203', 'Comptable', ['C', 'E'], ['10'], ['8'], ['D1106']),
  ],
};
const index = buildSuggestionIndex(catalogue);

const request = (over: Partial<SuggestionRequest>): SuggestionRequest => ({
  skills: [],
  riasec: [],
  jobsHeld: [],
  exclude: [],
  limit: 10,
  ...over,
});

describe('job suggestions', () => {
  it('follows the official mobilities of the closest job, with shared and missing core skills in words', () => {
    const answer = suggestJobs(index, request({ skills: ['1', '2', '3', '7', '999'], exclude: ['D1102'] }));
    expect(answer.unknownSkills).toEqual(['999']);
    expect(answer.results.map((r) => r.codeRome).slice(0, 2)).toEqual(['D1104', 'D1106']);
    const [patissier] = answer.results;
    expect(patissier!.score).toBe(100);
    expect(patissier!.reasons[0]).toBe(
      'Mobilité prévue par France Travail depuis « Boulanger / Boulangère », le métier le plus proche de vos compétences.',
    );
    // Core ones first.
    expect(patissier!.sharedSkills.map((s) => s.codeOgr)).toEqual(['1', '3', '7']);
    expect(patissier!.missingCoreSkills).toEqual([{ codeOgr: '4', label: 'Décorer des pâtisseries' }]);
    expect(patissier!.reasons).toContain('Compétence essentielle à acquérir (1) : « Décorer des pâtisseries ».');
    expect(patissier!.reasons.join(' ')).toMatch(
      /Vous avez 3 des 5 compétences, savoirs et contextes de ce métier, dont 1 essentielle : « Pétrir une pâte »\./,
    );
    for (const r of answer.results) {
      expect(r.reasons.length).toBeGreaterThan(0);
      expect(r.codeRome).not.toBe('D1102');
    }
    // Best first.
    const scores = answer.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('says a job held is where the mobility comes from, and never suggests it back', () => {
    const answer = suggestJobs(index, request({ skills: ['8'], jobsHeld: ['J1501'] }));
    expect(answer.results.map((r) => r.codeRome)).not.toContain('J1501');
    const auxiliaire = answer.results.find((r) => r.codeRome === 'J1502');
    expect(auxiliaire?.reasons[0]).toBe(
      'Mobilité prévue par France Travail depuis « Aide-soignant / Aide-soignante », un métier que vous avez exercé.',
    );
    expect(auxiliaire?.group).toBe('proche');
  });

  it('follows the mobilities of a job wished, says so, and may suggest the wished job itself', () => {
    const answer = suggestJobs(index, request({ skills: ['8', '9'], wishes: ['J1501'] }));
    const auxiliaire = answer.results.find((r) => r.codeRome === 'J1502');
    expect(auxiliaire?.reasons[0]).toBe(
      'Mobilité prévue par France Travail depuis « Aide-soignant / Aide-soignante », un métier qui vous attire.',
    );
    expect(answer.results.map((r) => r.codeRome)).toContain('J1501');
    // A job both held and wished is a job held: never suggested back, named as such.
    const both = suggestJobs(index, request({ skills: ['8'], jobsHeld: ['J1501'], wishes: ['J1501'] }));
    expect(both.results.map((r) => r.codeRome)).not.toContain('J1501');
    expect(both.results.find((r) => r.codeRome === 'J1502')?.reasons[0]).toMatch(/un métier que vous avez exercé\.$/);
    // A wish alone is enough to suggest something.
    expect(suggestJobs(index, request({ wishes: ['J1501'] })).results.length).toBeGreaterThan(0);
  });

  it('explains the RIASEC congruence with the report’s index, and opens a new field on interests alone', () => {
    const answer = suggestJobs(index, request({ skills: ['1', '2', '3'], riasec: [['S'], ['R']], exclude: ['D1102'] }));
    const care = answer.results.find((r) => r.codeRome === 'J1501');
    expect(care?.group).toBe('nouveau_domaine');
    expect(care?.reasons).toContain(
      'Vos centres d’intérêt (SR) rejoignent nettement le profil RIASEC de ce métier (SR) : concordance de 6 sur 6 (indice de Iachan, comme dans votre restitution RIASEC).',
    );
    const riasecOnly = suggestJobs(index, request({ riasec: [['S']] }));
    expect(riasecOnly.results[0]?.codeRome).toMatch(/^J15/);
  });

  it('reads a code with ties or a single letter as every ordering it allows (Iachan 1990)', () => {
    expect(riasecPairs([['S'], ['I'], ['A']])).toEqual([['S', 'I']]);
    expect(riasecPairs([['S', 'A'], ['E']])).toEqual([
      ['S', 'A'],
      ['A', 'S'],
    ]);
    expect(riasecPairs([['S']])).toHaveLength(5);
    expect(riasecCongruence([['S', 'A']], { major: 'S', minor: 'A' })).toBe(6);
    // A single letter S against S-A: 5, plus 1 for the one ordering of five whose second letter is A.
    expect(riasecCongruence(riasecPairs([['S']]), { major: 'S', minor: 'A' })).toBeCloseTo(5.2);
  });

  it('answers empty and explains why: nothing known, everything excluded', () => {
    expect(suggestJobs(index, request({}))).toMatchObject({
      results: [],
      notice: expect.stringMatching(/au moins une/),
    });
    expect(suggestJobs(index, request({ skills: ['x', 'x', 'y'] }))).toMatchObject({
      results: [],
      unknownSkills: ['x', 'y'],
      notice: expect.stringMatching(/n’est connue du catalogue/),
    });
    const all = catalogue.fiches.map((f) => f.codeRome);
    expect(suggestJobs(index, request({ skills: ['1'], exclude: all }))).toMatchObject({
      results: [],
      notice: 'Tous les métiers du catalogue sont exclus : aucune suggestion possible.',
    });
  });

  it('keeps one place in five for « Mêmes intérêts, nouveau domaine » when a RIASEC code is given', () => {
    const bakeries = ['D1101', 'D1102', 'D1103', 'D1104', 'D1105', 'D1106'].map((code) =>
      fiche(code, `Boulangerie ${code}`, ['R', 'E'], ['1', '2'], ['3'], []),
    );
    const crowded = buildSuggestionIndex({
      items: catalogue.items,
      fiches: [...bakeries, fiche('M1203', 'Comptable', ['C', 'E'], ['10'], ['8'], [])],
    });
    const skills = ['1', '2', '3'];
    const without = suggestJobs(crowded, request({ skills, limit: 5 }));
    expect(without.results.map((r) => r.codeRome)).not.toContain('M1203');
    const answer = suggestJobs(crowded, request({ skills, riasec: [['C']], limit: 5 }));
    expect(answer.results).toHaveLength(5);
    expect(answer.results.at(-1)).toMatchObject({ codeRome: 'M1203', group: 'nouveau_domaine' });
    expect(answer.results.at(-1)?.reasons).toContain(
      'Un domaine nouveau pour vous, choisi pour vos centres d’intérêt plutôt que pour votre parcours.',
    );
    const scores = answer.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('gives at most `limit` suggestions', () => {
    expect(suggestJobs(index, request({ skills: ['8'], riasec: [['C']], limit: 2 })).results).toHaveLength(2);
  });

  it('draws the measure’s portfolio with a fixed seed: 60 % of the items, the same every time', () => {
    const items = Array.from({ length: 20 }, (_, i) => String(i + 1));
    const a = drawPortfolio('D1102', items);
    expect(a).toHaveLength(12);
    expect(drawPortfolio('D1102', [...items].reverse())).toEqual(a);
    expect(drawPortfolio('D1104', items)).not.toEqual(a);
  });
});
