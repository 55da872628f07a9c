import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildJobSearchIndex, searchJobs, type JobSearchSource } from './job-search.ts';

/** Invented fiches (codes Z…) with common French job titles. */
const FICHES: [code: string, titles: [label: string, rare?: boolean][]][] = [
  ['Z1001', [['Boulanger / Boulangère'], ['Ouvrier boulanger / Ouvrière boulangère'], ['Mitron / Mitronne', true]]],
  ['Z1002', [['Chef boulanger / Cheffe boulangère']]],
  ['Z1003', [['Développeur / Développeuse web'], ['Intégrateur / Intégratrice web']]],
  ['Z1004', [['Développeur / Développeuse informatique'], ['Programmeur / Programmeuse']]],
  ['Z1005', [['Aide-soignant / Aide-soignante']]],
  ['Z1006', [['Responsable des ressources humaines'], ['Directeur / Directrice des ressources humaines (DRH)']]],
  ['Z1007', [['Assistant / Assistante ressources humaines']]],
  ['Z1008', [['Éducateur spécialisé / Éducatrice spécialisée']]],
  ['Z1009', [['Responsable de plate-forme logistique']]],
  ['Z1010', [['Chef / Cheffe de projet informatique']]],
  ['Z1011', [['Assistant / Assistante chef de projet']]],
  ['Z1012', [['Technicien / Technicienne de maintenance industrielle']]],
  ['Z1013', [['Comptable']]],
  ['Z1014', [['Aide-comptable']]],
  ['Z1015', [["Agent / Agente d'accueil"]]],
  ['Z1016', [['Hôte / Hôtesse de caisse'], ["Agent / Agente d'accueil", true]]],
  ['Z1017', [['Œnologue']]],
  ['Z1018', [['Chargé / Chargée d’affaires']]],
  [
    'Z1019',
    [
      ['Infirmier / Infirmière en soins généraux'],
      ['Infirmier / Infirmière de bloc'],
      ['Infirmier / Infirmière de nuit'],
      ['Infirmier / Infirmière militaire'],
    ],
  ],
  ['Z1020', [['Infirmier / Infirmière de santé au travail'], ["Infirmier / Infirmière d'entreprise"]]],
  ['Z1021', [['Vendeur / Vendeuse en alimentation'], ['Caissier / Caissière']]],
  ['Z1022', [['Caissier / Caissière']]],
];

const source: JobSearchSource = {
  fiches: FICHES.map(([codeRome, titles]) => ({ codeRome, label: titles[0]?.[0] ?? '' })),
  appellations: FICHES.flatMap(([codeRome, titles]) =>
    titles.map(([label, rare], i) => ({
      codeOgr: `${codeRome}-${i}`,
      codeRome,
      label,
      principal: i === 0,
      rare: rare ?? false,
    })),
  ),
};
const index = buildJobSearchIndex(source);
const first = (query: string) => searchJobs(index, query, { limit: 5 })[0];
const codes = (query: string) => searchJobs(index, query, { limit: 5 }).map((r) => r.codeRome);

describe('searchJobs forgives', () => {
  it.each([
    ['missing accents', 'educateur specialise', 'Z1008'],
    ['case', 'BOULANGÈRE', 'Z1001'],
    ['the feminine form', 'développeuse web', 'Z1003'],
    ['plurals', 'boulangers', 'Z1001'],
    ['word order', 'web développeur', 'Z1003'],
    ['one typo', 'boulnager', 'Z1001'],
    ['two typos in a long word', 'devlopeuse informatique', 'Z1004'],
    ['a truncated word', 'boulang', 'Z1001'],
    ['a hyphen typed as a space', 'aide soignante', 'Z1005'],
    ['a hyphen left out', 'aidesoignant', 'Z1005'],
    ['a word typed in two', 'plate forme logistique', 'Z1009'],
    ['a compound typed as one word', 'plateforme logistique', 'Z1009'],
    ['a typographic apostrophe', 'chargée d’affaires', 'Z1018'],
    ['an ASCII apostrophe', "charge d'affaires", 'Z1018'],
    ['a ligature typed as two letters', 'oenologue', 'Z1017'],
    ['"dev"', 'dev web', 'Z1003'],
    ['"resp." and "RH"', 'resp. RH', 'Z1006'],
    ['"tech"', 'tech maintenance', 'Z1012'],
    ['"compta"', 'compta', 'Z1013'],
    ['"assist"', 'assist rh', 'Z1007'],
    ['"as" (aide-soignant)', 'as', 'Z1005'],
  ])('%s: « %s » finds %s first', (_what, query, code) => {
    expect(first(query)?.codeRome).toBe(code);
  });
});

describe('searchJobs ranks and explains', () => {
  it('returns one entry per fiche, best first, scores in [0, 1]', () => {
    const results = searchJobs(index, 'boulanger', { limit: 10 });
    expect(results.map((r) => r.codeRome)).toEqual(['Z1001', 'Z1002']);
    expect(results[0]).toEqual({
      codeRome: 'Z1001',
      label: 'Boulanger / Boulangère',
      appellation: 'Boulanger / Boulangère',
      score: 1,
      matched: 'Libellé du métier',
    });
    expect(
      results.every((r, i) => r.score >= 0 && r.score <= 1 && (i === 0 || r.score <= (results[i - 1]?.score ?? 1))),
    ).toBe(true);
  });

  it('puts the usual job before a rare title and a title whose head word differs', () => {
    expect(codes("agent d'accueil")[0]).toBe('Z1015');
    expect(codes('chef de projet')[0]).toBe('Z1010');
    expect(codes('infirmière')[0]).toBe('Z1019');
  });

  it('puts a fiche label before the same title as another fiche’s appellation, and exact before approximate', () => {
    expect(codes('caissière')).toEqual(['Z1022', 'Z1021']);
    expect(first('boulanger')?.score).toBeGreaterThan(first('boulnager')?.score ?? 1);
    expect(first('boulnager')?.score).toBeGreaterThan(first('boulnagre')?.score ?? 1);
  });

  it('names the appellation that matched and how the query was read, in French', () => {
    expect(first('programmeuse')).toMatchObject({
      codeRome: 'Z1004',
      appellation: 'Programmeur / Programmeuse',
      matched: 'Appellation « Programmeur / Programmeuse »',
    });
    expect(first('boulnager')?.matched).toBe(
      'Libellé du métier (orthographe approchée : « boulnager » pour « boulanger »)',
    );
    expect(first('boulang')?.matched).toBe('Libellé du métier (mot incomplet : « boulang » pour « boulanger »)');
    expect(first('resp rh')?.matched).toContain('abréviation « rh » lue « ressources humaines »');
    expect(first('aidesoignant')?.matched).toBe('Libellé du métier (« aidesoignant » lu « aide soignant »)');
    expect(first('boulanger lyon')?.matched).toBe('Libellé du métier (mot absent : « lyon »)');
    expect(first('infirmière')).toMatchObject({
      appellation: 'Infirmier / Infirmière en soins généraux',
      matched: 'Libellé du métier',
    });
  });

  it('finds a fiche by its code ROME', () => {
    expect(searchJobs(index, ' z1013 ')).toEqual([
      { codeRome: 'Z1013', label: 'Comptable', appellation: 'Comptable', score: 1, matched: 'Code ROME' },
    ]);
  });
});

describe('searchJobs on bad input', () => {
  it('returns nothing for empty or meaningless queries and limits below 1', () => {
    for (const query of ['', '   ', '\u0000\u0007\n', "'; DROP TABLE fiche; --", '.*+?^${}()|[]\\', 'de la du']) {
      expect(searchJobs(index, query).every((r) => r.codeRome.startsWith('Z'))).toBe(true);
    }
    expect(searchJobs(index, '')).toEqual([]);
    expect(searchJobs(index, 'de la du')).toEqual([]);
    expect(searchJobs(index, 'boulanger', { limit: 0 })).toEqual([]);
    expect(searchJobs(index, 'boulanger', { limit: -1 })).toEqual([]);
    expect(searchJobs(index, 'boulanger', { limit: Number.NaN })).toEqual([]);
  });

  it('caps the limit at 50 and reads regex or SQL metacharacters as separators', () => {
    expect(searchJobs(index, 'infirmier', { limit: 10_000 }).length).toBeLessThanOrEqual(50);
    expect(searchJobs(index, 'infirmier', { limit: 1 })).toHaveLength(1);
    expect(first("boulanger'); DROP TABLE x;--")?.codeRome).toBe('Z1001');
    expect(first('(boulanger|.*)')?.codeRome).toBe('Z1001');
  });

  it('treats words that are names of object properties as plain words', () => {
    for (const query of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'boulanger constructor']) {
      expect(() => searchJobs(index, query)).not.toThrow();
    }
    expect(first('boulanger constructor')?.codeRome).toBe('Z1001');
  });

  it('handles a 500-character query', () => {
    expect(first(`boulanger ${'x'.repeat(490)}`)?.codeRome).toBe('Z1001');
    expect(searchJobs(index, 'é'.repeat(500))).toEqual([]);
  });

  it('never throws and respects the limit, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 600 }),
        fc.integer({ min: -5, max: 20_000 }),
        (query, limit) => {
          const results = searchJobs(index, query, { limit });
          expect(results.length).toBeLessThanOrEqual(Math.max(0, Math.min(limit, 50)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
