import { describe, expect, it } from 'vitest';
import { buildRomeCatalog } from './build-catalog.ts';
import { RomeExportError } from './errors.ts';
import { assembleExportInput } from './export-input.ts';
import type { RomeCatalog } from '../model.ts';
import { syntheticExportFiles, syntheticFileName, SYNTHETIC_TABLES, toCsv } from './synthetic-export.fixture.ts';

type Edit = Parameters<typeof syntheticExportFiles>[0];
const build = (edit: Edit = {}): RomeCatalog => buildRomeCatalog(assembleExportInput(syntheticExportFiles(edit)));

function failure(edit: Edit): RomeExportError {
  try {
    build(edit);
  } catch (error) {
    if (error instanceof RomeExportError) return error;
    throw error;
  }
  throw new Error('the export was accepted');
}

/** Replaces the rows of one table, keeping the header. */
const withRows = (table: string, change: (rows: string[][]) => string[][]) => ({
  [table]: () =>
    toCsv([
      (SYNTHETIC_TABLES[table] as string[][])[0] as string[],
      ...change((SYNTHETIC_TABLES[table] as string[][]).slice(1)),
    ]),
});
const setCell = (table: string, rowIndex: number, column: number, value: string) =>
  withRows(table, (rows) =>
    rows.map((row, i) => (i === rowIndex ? row.map((v, c) => (c === column ? value : v)) : row)),
  );

describe('buildRomeCatalog on a synthetic export', () => {
  const catalog = build();
  const fiche = (code: string) => catalog.fiches.find((f) => f.codeRome === code);

  it('reads every table', () => {
    expect(catalog.version).toEqual({
      number: 99,
      fileSuffix: '499',
      title: 'Export synthétique de test',
      publishedOn: '2026-03-01',
      validatedOn: null,
    });
    expect(catalog.fiches.map((f) => f.codeRome)).toEqual(['X1101', 'X1102', 'Y2101']);
    expect(catalog.appellations).toHaveLength(5);
    expect(catalog.competences).toHaveLength(4);
    expect([
      catalog.savoirs.length,
      catalog.workContexts.length,
      catalog.grandDomains.length,
      catalog.domains.length,
    ]).toEqual([2, 2, 2, 2]);
    expect([
      catalog.centresOfInterest.length,
      catalog.sectors.length,
      catalog.subSectors.length,
      catalog.themes.length,
      catalog.nafSectors.length,
    ]).toEqual([2, 2, 1, 1, 3]);
  });

  it('orders sentences, undoes doubled apostrophes and removes TAB and zero-width artefacts', () => {
    expect(fiche('X1101')?.definition).toEqual([
      "Le maquettiste réalise des modèles réduits à l'échelle.",
      "Peint et assemble les pièces d'un modèle.",
    ]);
    expect(fiche('X1101')?.access).toEqual(['• Un CAP d’arts appliqués est apprécié.']);
  });

  it('keeps empty flags apart from "N" and maps the tags', () => {
    expect(fiche('X1101')?.tags).toEqual({
      ecologicalTransition: 'blanc',
      digitalTransition: false,
      demographicTransition: null,
      regulated: true,
      cadre: false,
    });
    expect(fiche('Y2101')?.tags.ecologicalTransition).toBe('strategique');
    expect(catalog.appellations.find((a) => a.codeOgr === '7002')).toMatchObject({
      rare: true,
      principal: false,
      tags: { ecologicalTransition: null },
    });
  });

  it('derives domains (single-"n" header), RIASEC, gender forms and NAF divisions', () => {
    expect(fiche('Y2101')).toMatchObject({
      domainCode: 'Y21',
      grandDomainCode: 'Y',
      riasec: { major: 'S', minor: 'A' },
    });
    expect(fiche('X1102')?.riasec).toEqual({ major: 'C', minor: null });
    expect(catalog.appellations.find((a) => a.codeOgr === '7004')).toMatchObject({
      masculine: 'Chef d’équipe de test ludique',
      feminine: 'Cheffe d’équipe de test ludique',
    });
    expect(catalog.nafSectors.map((n) => [n.code, n.division])).toEqual([
      ['0', null],
      ['3', '03'],
      ['32', '32'],
    ]);
    expect(fiche('X1101')?.nafSectorCodes).toEqual(['32']);
  });

  it('links compétences by rubrique with core flags, and macro-compétences with their RIASEC', () => {
    expect(fiche('X1101')?.competences).toEqual([
      { codeOgr: '5001', core: 'principale', rubric: 'savoir_faire' },
      { codeOgr: '5002', core: null, rubric: 'savoir_faire' },
      { codeOgr: '5004', core: null, rubric: 'savoir_etre' },
    ]);
    expect(fiche('X1101')?.savoirs).toEqual([{ codeOgr: '6001', core: 'emergente' }]);
    const byCode = new Map(catalog.competences.map((c) => [c.codeOgr, c]));
    expect(byCode.get('5001')).toMatchObject({
      kind: 'macro_competence',
      macroCode: '1A101',
      riasec: { major: 'R', minor: 'A' },
    });
    expect(byCode.get('5002')).toMatchObject({
      kind: 'competence',
      macroCodeOgr: '5001',
      subCategory: 'technique_expert',
      definition: 'Fixer des éléments de petite taille.',
    });
    expect(byCode.get('5003')?.origin).toBe('PIX');
    expect(byCode.get('5004')).toMatchObject({ category: 'savoir_etre', subCategory: null, riasec: null });
  });

  it('accepts domain codes in both formats ("X11" and "11" next to the grand domaine) and NAF codes with or without leading zero', () => {
    const other = build({ ...setCell('cr_gd_dp', 0, 4, '11'), ...setCell('arborescence_secteur_naf', 1, 0, '00') });
    expect(other.fiches.find((f) => f.codeRome === 'X1101')?.domainCode).toBe('X11');
    expect(other.fiches.find((f) => f.codeRome === 'Y2101')?.nafSectorCodes).toEqual(['0']);
  });

  it('sorts mobilities and reads multi-line classifications and their links', () => {
    expect(fiche('X1101')?.mobilities).toEqual([
      { targetCodeRome: 'X1102', order: 1 },
      { targetCodeRome: 'Y2101', order: 2 },
    ]);
    expect(catalog.centresOfInterest[0]?.definition).toBe('Fabriquer de ses mains.\n\nDonner forme à des idées.');
    expect(fiche('X1101')?.centresOfInterest).toEqual([
      { code: '1', principal: true },
      { code: '2', principal: false },
    ]);
    expect(fiche('X1101')?.sectors).toEqual([{ sectorCode: '10', subSectorCode: '101', principal: true }]);
    expect(fiche('X1101')?.themeCodes).toEqual(['001']);
  });
});

describe('buildRomeCatalog refuses a malformed export with a French message naming file and line', () => {
  it.each<[string, Edit, Partial<RomeExportError>]>([
    [
      'a missing table',
      { referentiel_savoir: () => null },
      {
        code: 'missing_file',
        file: syntheticFileName('referentiel_savoir'),
        line: null,
        message: `${syntheticFileName('referentiel_savoir')} : fichier manquant dans l’export.`,
      },
    ],
    ['a missing version.txt', { version: () => null }, { code: 'missing_file', file: 'version.txt' }],
    ['a release mismatch', { version: (t) => t.replace('99', '98') }, { code: 'invalid_version', file: 'version.txt' }],
    [
      'a wrong header',
      { referentiel_appellation: (t) => t.replace('"peu_usite"', '"peu_usitee"') },
      { code: 'wrong_header', line: 1 },
    ],
    ['an empty file', { themes: () => '' }, { code: 'truncated_file', file: syntheticFileName('themes') }],
    [
      'a file cut inside a field',
      { liens_rome_referentiels: (t) => t.slice(0, t.indexOf('"5","3"') + 5) },
      { code: 'truncated_file', line: 8 },
    ],
    [
      'a file cut between two fields',
      { texte: (t) => t.slice(0, t.lastIndexOf(',"')) },
      { code: 'truncated_file', line: 8 },
    ],
    [
      'a file cut at a line boundary (coherence → missing link)',
      withRows('liens_rome_referentiels', (rows) => rows.slice(0, -1)),
      { code: 'broken_reference', file: syntheticFileName('coherence_item'), line: 9 },
    ],
    [
      'an appellation missing (liens → unknown appellation)',
      withRows('referentiel_appellation', (rows) => rows.filter((r) => r[0] !== '7004')),
      { code: 'broken_reference', file: syntheticFileName('liens_rome_referentiels'), line: 12 },
    ],
    [
      'a coherence file missing its last pair',
      withRows('coherence_item', (rows) => rows.slice(0, -1)),
      {
        code: 'inconsistent_data',
        message: `${syntheticFileName('coherence_item')} : le couple (Y2101, 8002) des blocs 5 et 6 est absent.`,
      },
    ],
    [
      'a record with a missing field',
      { referentiel_savoir: (t) => t.replace('"Normes et procédés",', '') },
      { code: 'malformed_row', line: 3 },
    ],
    [
      'an unknown fiche in appellations',
      setCell('referentiel_appellation', 2, 3, 'X9999'),
      {
        code: 'broken_reference',
        line: 4,
        message: `${syntheticFileName('referentiel_appellation')}, ligne 4 : code ROME « X9999 » introuvable dans ${syntheticFileName('referentiel_code_rome')}.`,
      },
    ],
    [
      'a code ROME in the wrong format',
      setCell('rubrique_mobilite', 0, 1, 'y2101'),
      { code: 'invalid_value', line: 2 },
    ],
    [
      'an unexpected flag',
      setCell('referentiel_appellation', 1, 12, 'X'),
      {
        code: 'invalid_value',
        line: 3,
        message: `${syntheticFileName('referentiel_appellation')}, ligne 3 : valeur « X » inattendue dans la colonne « peu_usite » (attendu : O, N ou vide).`,
      },
    ],
    [
      'a duplicate code ROME',
      setCell('referentiel_code_rome', 1, 0, 'X1101'),
      {
        code: 'duplicate_key',
        line: 3,
        message: `${syntheticFileName('referentiel_code_rome')}, ligne 3 : code ROME « X1101 » en double (première occurrence ligne 2).`,
      },
    ],
    [
      'a compétence pointing to an unknown macro-compétence',
      setCell('referentiel_competence', 1, 4, '5999'),
      { code: 'broken_reference', line: 3 },
    ],
    [
      'a compétence pointing to a compétence',
      setCell('referentiel_competence', 2, 4, '5002'),
      { code: 'broken_reference', line: 4 },
    ],
    [
      'a mobility to an unknown fiche',
      setCell('rubrique_mobilite', 3, 1, 'Z9999'),
      { code: 'broken_reference', line: 5 },
    ],
    [
      'two PRINCIPALE appellations',
      setCell('referentiel_appellation', 1, 9, 'PRINCIPALE'),
      { code: 'inconsistent_data', line: 3 },
    ],
    [
      'a fiche without PRINCIPALE',
      setCell('referentiel_appellation', 4, 9, 'SYNONYME'),
      { code: 'inconsistent_data', line: null },
    ],
    [
      'a fiche without RIASEC',
      withRows('referentiel_code_rome_riasec', (rows) => rows.slice(0, 2)),
      {
        code: 'inconsistent_data',
        message: `${syntheticFileName('referentiel_code_rome_riasec')} : la fiche Y2101 n’a pas de code RIASEC.`,
      },
    ],
    [
      'a bad value after a multi-line record (line counting)',
      setCell('secteur_activite', 1, 0, 'vingt'),
      { code: 'invalid_value', line: 5 },
    ],
    [
      'an item link in an unknown bloc',
      setCell('liens_rome_referentiels', 4, 1, '7'),
      { code: 'invalid_value', line: 6 },
    ],
    [
      'a coherence pair absent from liens',
      setCell('coherence_item', 7, 1, '8001'),
      { code: 'broken_reference', line: 9 },
    ],
    [
      'a domain inconsistent with the code ROME',
      setCell('cr_gd_dp', 0, 4, 'Y21'),
      { code: 'inconsistent_data', line: 2 },
    ],
    ['an unknown NAF sector', setCell('arborescence_secteur_naf', 0, 0, '45'), { code: 'broken_reference', line: 2 }],
  ])('%s', (_name, edit, expected) => {
    expect(failure(edit)).toMatchObject(expected);
  });

  it('refuses files of two releases mixed together', () => {
    const files = syntheticExportFiles();
    files.push({ fileName: 'unix_referentiel_code_rome_v460_utf8.csv', text: '' });
    expect(() => assembleExportInput(files)).toThrow(/plusieurs versions de l’export sont mélangées \(v460, v499\)/);
  });
});
