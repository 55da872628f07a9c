import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RomeExportError } from '../../domain/rome/errors.ts';
import type { RomeCatalog } from '../../domain/model.ts';
import { syntheticExportFiles, syntheticFileName } from '../../domain/rome/synthetic-export.fixture.ts';
import { decodeExportText } from './decode.ts';
import { readExportFiles, readRomeExport } from './read-export.ts';
import { ROME_DIR } from '../../../../tests/support/rome.ts';

const LATIN9_SPECIALS: Record<string, number> = {
  '€': 0xa4,
  Š: 0xa6,
  š: 0xa8,
  Ž: 0xb4,
  ž: 0xb8,
  Œ: 0xbc,
  œ: 0xbd,
  Ÿ: 0xbe,
};

function encodeLatin9(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((char) => LATIN9_SPECIALS[char] ?? (char.charCodeAt(0) < 0x100 ? char.charCodeAt(0) : 0x3f)),
  );
}

describe('decodeExportText', () => {
  it('reads UTF-8, and ISO-8859-15 when the bytes are not UTF-8', () => {
    expect(decodeExportText(new TextEncoder().encode('Manœuvre élève'))).toEqual({
      text: 'Manœuvre élève',
      encoding: 'utf-8',
    });
    expect(decodeExportText(encodeLatin9('Manœuvre, Œnologue, 5 €'))).toEqual({
      text: 'Manœuvre, Œnologue, 5 €',
      encoding: 'iso-8859-15',
    });
  });

  it('reads Windows-1252 when the 0x80–0x9F range is used', () => {
    expect(decodeExportText(Uint8Array.from([0x64, 0x92, 0x75, 0x6e, 0xe9]))).toEqual({
      text: 'd’uné',
      encoding: 'windows-1252',
    });
  });
});

describe('readRomeExport on a synthetic directory', () => {
  let directory = '';
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'sillage-rome-'));
    for (const file of syntheticExportFiles()) {
      const latin9 = file.fileName === syntheticFileName('arborescence_secteur_naf');
      await writeFile(join(directory, file.fileName), latin9 ? encodeLatin9(file.text) : file.text);
    }
    await writeFile(join(directory, 'LISEZMOI.txt'), 'ignored');
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('reads the directory, detects the ISO-8859-15 file and builds the catalogue', async () => {
    const { catalog, files } = await readRomeExport(directory);
    expect(catalog.fiches).toHaveLength(3);
    expect(files.filter((f) => f.encoding !== 'utf-8').map((f) => f.fileName)).toEqual([
      syntheticFileName('arborescence_secteur_naf'),
    ]);
    const { files: decoded } = await readExportFiles(directory);
    expect(decoded.find((f) => f.fileName === syntheticFileName('arborescence_secteur_naf'))?.text).toContain(
      'Maquettiste (œuvres réduites)',
    );
  });

  it('names a missing file and a missing directory', async () => {
    await rm(join(directory, syntheticFileName('texte')));
    await expect(readRomeExport(directory)).rejects.toMatchObject({
      code: 'missing_file',
      file: syntheticFileName('texte'),
    });
    await expect(readRomeExport(join(directory, 'absent'))).rejects.toBeInstanceOf(RomeExportError);
    await expect(readRomeExport(join(directory, 'absent'))).rejects.toThrow(/dossier introuvable/);
  });
});

/** The export next to the repository (`../shared/data/rome`), or ROME_DIR. */
const exists = existsSync(ROME_DIR);
if (!exists) console.warn(`Export ROME absent (${ROME_DIR}) : les tests sur l’export réel sont ignorés.`);

describe.skipIf(!exists)('readRomeExport on the real export (v460)', () => {
  let catalog: RomeCatalog;
  beforeAll(async () => {
    catalog = (await readRomeExport(ROME_DIR)).catalog;
  }, 60_000);

  const count = <T>(items: T[], predicate: (item: T) => boolean) => items.filter(predicate).length;
  const links = <
    K extends
      | 'competences'
      | 'savoirs'
      | 'workContexts'
      | 'mobilities'
      | 'centresOfInterest'
      | 'sectors'
      | 'themeCodes'
      | 'nafSectorCodes',
  >(
    key: K,
  ) => catalog.fiches.reduce((sum, fiche) => sum + fiche[key].length, 0);

  it('has the counts of the data README', () => {
    expect(catalog.version).toMatchObject({
      number: 60,
      fileSuffix: '460',
      publishedOn: '2025-09-18',
      validatedOn: '2025-08-27',
    });
    expect(catalog.fiches).toHaveLength(1584);
    expect(catalog.appellations).toHaveLength(13120);
    expect(count(catalog.appellations, (a) => a.principal)).toBe(1584);
    expect(count(catalog.appellations, (a) => a.rare === true)).toBe(199);
    expect(count(catalog.fiches, (f) => f.codeRome === f.parentCodeRome)).toBe(532);
    expect(catalog.competences).toHaveLength(18317);
    expect(count(catalog.competences, (c) => c.kind === 'macro_competence')).toBe(507);
    expect(count(catalog.competences, (c) => c.kind === 'macro_competence' && c.riasec === null)).toBe(149);
    expect(catalog.savoirs).toHaveLength(15354);
    expect(catalog.workContexts).toHaveLength(179);
    expect(count(catalog.fiches, (f) => f.riasec.minor === null)).toBe(345);
    expect([catalog.grandDomains.length, catalog.domains.length]).toEqual([14, 110]);
    expect([
      catalog.centresOfInterest.length,
      catalog.sectors.length,
      catalog.subSectors.length,
      catalog.themes.length,
      catalog.nafSectors.length,
    ]).toEqual([30, 35, 40, 17, 89]);
  });

  it('has the link counts of the data README', () => {
    const competenceLinks = catalog.fiches.flatMap((f) => f.competences);
    expect(count(competenceLinks, (l) => l.rubric === 'savoir_faire')).toBe(49440);
    expect(count(competenceLinks, (l) => l.rubric === 'savoir_etre')).toBe(5255);
    expect([links('savoirs'), links('workContexts')]).toEqual([35861, 13663]);
    const itemLinks = [...competenceLinks, ...catalog.fiches.flatMap((f) => [...f.savoirs, ...f.workContexts])];
    expect(itemLinks).toHaveLength(104219);
    expect([count(itemLinks, (l) => l.core === 'principale'), count(itemLinks, (l) => l.core === 'emergente')]).toEqual(
      [18900, 1731],
    );
    expect(links('mobilities')).toBe(14912);
    expect([links('centresOfInterest'), links('sectors'), links('themeCodes'), links('nafSectorCodes')]).toEqual([
      4444, 3303, 1348, 2920,
    ]);
    expect(catalog.fiches.reduce((n, f) => n + f.definition.length, 0)).toBe(9602);
    expect(catalog.fiches.reduce((n, f) => n + f.access.length, 0)).toBe(2378);
    expect(count(catalog.fiches, (f) => f.definition.length === 0 || f.access.length === 0)).toBe(0);
  });

  it('cleans the texts and decodes the Latin-9 file', async () => {
    const sentences = catalog.fiches.flatMap((f) => [...f.definition, ...f.access]);
    expect(count(sentences, (s) => s.includes("''") || s.includes('\t') || s.includes('\u200b'))).toBe(0);
    const { files } = await readExportFiles(ROME_DIR);
    const naf = files.find((f) => f.fileName === 'unix_arborescence_secteur_naf_v460_utf8.csv')?.text ?? '';
    expect(naf).toContain('Œnologue');
    expect(naf).not.toContain('\ufffd');
  });
});
