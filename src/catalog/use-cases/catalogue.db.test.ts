/**
 * The ROME catalogue in the database: import (counts of the real export, same version twice is
 * a no-op, a newer one replaces, an older one or a malformed export is refused and the previous
 * catalogue keeps answering), zip archives, search and job sheets, bad input over HTTP.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import { call, testApp } from '../../../tests/support/http.ts';
import { loadRomeExport, readRomeZip } from '../data/rome-export/load-export.ts';
import { buildRomeCatalog } from '../domain/rome/build-catalog.ts';
import { assembleExportInput } from '../domain/rome/export-input.ts';
import type { RomeCatalog } from '../domain/model.ts';
import { syntheticExportFiles } from '../domain/rome/synthetic-export.fixture.ts';
import type { RomeFile } from '../domain/rome/table.ts';
import type { App } from '../../app/http.ts';
import { getCatalogueInfo } from './get-catalogue-info.ts';
import { getJobSheet } from './get-job-sheet.ts';
import { importRomeCatalogue } from './import-rome-catalogue.ts';
import { searchCatalogueJobs } from './search-catalogue-jobs.ts';
import { searchCatalogueSkills } from './search-catalogue-skills.ts';
import { ROME_DIR } from '../../../tests/support/rome.ts';

const hasRealExport = existsSync(ROME_DIR);
if (!hasRealExport)
  console.warn(`Export ROME absent (${ROME_DIR}) : les tests d’import de l’export réel sont ignorés.`);

/** The synthetic export as release `version` (file suffix and version.txt agree). */
function syntheticFiles(version: number, edit: Parameters<typeof syntheticExportFiles>[0] = {}): RomeFile[] {
  const suffix = `_v4${String(version).padStart(2, '0')}_`;
  return syntheticExportFiles(edit).map((f) =>
    f.fileName === 'version.txt'
      ? { fileName: f.fileName, text: f.text.replace('Numero de version : 99', `Numero de version : ${version}`) }
      : { fileName: f.fileName.replace('_v499_', suffix), text: f.text },
  );
}
const synthetic = (version: number): RomeCatalog => buildRomeCatalog(assembleExportInput(syntheticFiles(version)));

/** A stored-only (method 0) or deflated zip of `files`, as the export's archive. */
function zip(files: RomeFile[], folder = 'RefRomeCsv/'): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(folder + file.fileName);
    const raw = Buffer.from(file.text, 'utf8');
    const data = deflateRawSync(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

let deps: TestDeps;
let app: App;
beforeAll(() => {
  deps = testDeps();
  app = testApp(deps);
});

async function tableCount(table: string): Promise<number> {
  const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(deps.db);
  return Number(rows[0]?.n);
}

const firstCode = async (q: string) => (await searchCatalogueJobs(deps, { q, limit: 5 })).results[0]?.codeRome;

describe('without a catalogue', () => {
  it('answers empty, and says so', async () => {
    expect(await getCatalogueInfo(deps)).toEqual({
      version: null,
      importedAt: null,
      counts: { fiches: 0, appellations: 0, competences: 0, savoirs: 0 },
      credit: null,
    });
    expect(await searchCatalogueJobs(deps, { q: 'boulanger', limit: 10 })).toEqual({ results: [] });
    expect(await searchCatalogueSkills(deps, { q: 'pâte', limit: 10, scope: 'all' })).toEqual({ results: [] });
    const response = await call(app, 'GET', '/api/catalog/fiches/A1101');
    expect(response.status).toBe(404);
    expect(response.body.error.message).toMatch(/A1101/);
  });
});

describe.skipIf(!hasRealExport)('importing the real export (v460)', () => {
  it('loads exactly the counts of the data README', async () => {
    const catalog = await loadRomeExport(ROME_DIR);
    deps.clock.set('2026-11-23T10:00:00Z');
    const result = await importRomeCatalogue(deps, catalog, ROME_DIR);
    expect(result).toMatchObject({ status: 'imported', version: 60, previousVersion: null });
    const counts = {
      rome_fiches: 1584,
      rome_appellations: 13120,
      rome_competences: 18317,
      rome_savoirs: 15354,
      rome_work_contexts: 179,
      rome_grand_domains: 14,
      rome_domains: 110,
      rome_fiche_competences: 49440 + 5255,
      rome_fiche_savoirs: 35861,
      rome_fiche_work_contexts: 13663,
      rome_mobilities: 14912,
      rome_centres_of_interest: 30,
      rome_fiche_centres_of_interest: 4444,
      rome_sectors: 35,
      rome_sub_sectors: 40,
      rome_fiche_sectors: 3303,
      rome_themes: 17,
      rome_fiche_themes: 1348,
      rome_naf_sectors: 89,
      rome_fiche_naf_sectors: 2920,
    } as const;
    for (const [table, n] of Object.entries(counts)) expect([table, await tableCount(table)]).toEqual([table, n]);

    const count = async (query: Promise<{ n: number }>) => Number((await query).n);
    const db = deps.db;
    expect(
      await count(
        db
          .selectFrom('rome_appellations')
          .where('principal', '=', true)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ),
    ).toBe(1584);
    expect(
      await count(
        db
          .selectFrom('rome_appellations')
          .where('rare', '=', true)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ),
    ).toBe(199);
    expect(
      await count(
        db
          .selectFrom('rome_competences')
          .where('kind', '=', 'macro_competence')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ),
    ).toBe(507);
    expect(
      await count(
        db
          .selectFrom('rome_fiches')
          .where('riasec_minor', 'is', null)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ),
    ).toBe(345);
    const cores = await db
      .selectFrom('rome_fiche_competences')
      .select('core')
      .unionAll(db.selectFrom('rome_fiche_savoirs').select('core'))
      .unionAll(db.selectFrom('rome_fiche_work_contexts').select('core'))
      .execute();
    expect([
      cores.length,
      cores.filter((c) => c.core === 'principale').length,
      cores.filter((c) => c.core === 'emergente').length,
    ]).toEqual([104219, 18900, 1731]);
    const sentences = await db.selectFrom('rome_fiches').select(['definition', 'access']).execute();
    expect([
      sentences.reduce((n, f) => n + f.definition.length, 0),
      sentences.reduce((n, f) => n + f.access.length, 0),
    ]).toEqual([9602, 2378]);

    expect(await getCatalogueInfo(deps)).toEqual({
      version: {
        number: 60,
        title: 'ROME 4.0 version 60 - 25M09',
        publishedOn: '2025-09-18',
        validatedOn: '2025-08-27',
      },
      importedAt: '2026-11-23T10:00:00.000Z',
      counts: { fiches: 1584, appellations: 13120, competences: 18317, savoirs: 15354 },
      credit: 'Source : France Travail — ROME 4.0, version 60 (publiée le 18/09/2025)',
    });
    expect(await firstCode('boulangere')).toBe('D1102');
    expect(await firstCode('aide soignante')).toBe('J1501');
  }, 120_000);

  it('does nothing when the same version is imported again', async () => {
    const catalog = await loadRomeExport(ROME_DIR);
    deps.clock.set('2026-11-24T10:00:00Z');
    expect(await importRomeCatalogue(deps, catalog, ROME_DIR)).toMatchObject({
      status: 'unchanged',
      version: 60,
      previousVersion: 60,
    });
    expect((await getCatalogueInfo(deps)).importedAt).toBe('2026-11-23T10:00:00.000Z');
    expect(await tableCount('rome_fiches')).toBe(1584);
  }, 120_000);

  it('refuses a malformed export, naming file and line, and the catalogue keeps answering', async () => {
    const broken = await mkdtemp(join(tmpdir(), 'sillage-rome-broken-'));
    try {
      await cp(ROME_DIR, broken, { recursive: true });
      const file = join(broken, 'unix_rubrique_mobilite_v460_utf8.csv');
      const lines = (await readFile(file, 'utf8')).split('\n');
      lines[41] = '"A1101","Z9999","3"';
      await writeFile(file, lines.join('\n'));
      await expect(loadRomeExport(broken)).rejects.toMatchObject({
        code: 'broken_reference',
        file: 'unix_rubrique_mobilite_v460_utf8.csv',
        line: 42,
      });
      await expect(loadRomeExport(broken)).rejects.toThrow(/unix_rubrique_mobilite_v460_utf8\.csv, ligne 42 : .*Z9999/);
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
    expect(await firstCode('boulangere')).toBe('D1102');
    expect((await getCatalogueInfo(deps)).version?.number).toBe(60);
  }, 120_000);

  it('serves a job sheet with grouped compétences, core of the job first', async () => {
    const sheet = await getJobSheet(deps, 'D1102');
    expect(sheet).toMatchObject({
      codeRome: 'D1102',
      riasec: { major: expect.any(String) },
      credit: expect.stringContaining('version 60'),
    });
    expect(sheet.definition.length).toBeGreaterThan(0);
    expect(sheet.access.length).toBeGreaterThan(0);
    expect(sheet.appellations[0]).toMatchObject({ principal: true, label: sheet.label });
    expect(sheet.competences.savoirFaire.length).toBeGreaterThan(0);
    expect(
      sheet.competences.savoirFaire[0]?.items.concat().some((i) => i.core !== null) ||
        sheet.competences.savoirFaire[0]?.core !== null,
    ).toBe(true);
    expect(sheet.mobilities.map((m) => m.order)).toEqual(sheet.mobilities.map((_, i) => i + 1));
    const http = await call(app, 'GET', '/api/catalog/fiches/d1102');
    expect(http.status).toBe(200);
    expect(http.body.codeRome).toBe('D1102');
  });
});

describe('replacing the catalogue (synthetic exports)', () => {
  it('a newer version replaces the catalogue atomically and refreshes the search', async () => {
    const before = (await getCatalogueInfo(deps)).version?.number ?? null;
    deps.clock.set('2026-12-01T10:00:00Z');
    expect(await importRomeCatalogue(deps, synthetic(90), 'synthétique')).toMatchObject({
      status: 'imported',
      version: 90,
      previousVersion: before,
    });
    expect(await tableCount('rome_fiches')).toBe(3);
    expect(await tableCount('rome_appellations')).toBe(5);
    expect(await firstCode('maquetiste')).toBe('X1101');
    expect(await firstCode('boulangere')).toBeUndefined();
    expect((await getCatalogueInfo(deps)).importedAt).toBe('2026-12-01T10:00:00.000Z');
  });

  it('same version again: a no-op', async () => {
    deps.clock.set('2026-12-02T10:00:00Z');
    expect(await importRomeCatalogue(deps, synthetic(90), 'synthétique')).toMatchObject({ status: 'unchanged' });
    expect((await getCatalogueInfo(deps)).importedAt).toBe('2026-12-01T10:00:00.000Z');
  });

  it('a failure while writing (duplicate mobility) rolls everything back; the previous catalogue keeps answering', async () => {
    const bad = synthetic(91);
    (bad.fiches[0] as RomeCatalog['fiches'][number]).mobilities.push({ targetCodeRome: 'X1102', order: 9 });
    await expect(importRomeCatalogue(deps, bad, 'synthétique')).rejects.toThrow();
    expect((await getCatalogueInfo(deps)).version?.number).toBe(90);
    expect(await tableCount('rome_fiches')).toBe(3);
    expect(await firstCode('maquetiste')).toBe('X1101');
  });

  it('refuses an older version', async () => {
    await expect(importRomeCatalogue(deps, synthetic(89), 'synthétique')).rejects.toMatchObject({
      code: 'catalogue_older_version',
      status: 409,
    });
    expect((await getCatalogueInfo(deps)).version?.number).toBe(90);
  });

  it('reads the export from a zip archive, and refuses a truncated one with file and line', async () => {
    expect(readRomeZip(zip(syntheticFiles(92)), 'export.zip').version.number).toBe(92);
    const truncated = syntheticFiles(92, {
      referentiel_appellation: (text) => text.split('\n').slice(0, 3).join('\n') + '\n"7003","Testeur',
    });
    expect(() => readRomeZip(zip(truncated), 'export.zip')).toThrow(
      /unix_referentiel_appellation_v492_utf8\.csv, ligne 4/,
    );
    expect(() => readRomeZip(new Uint8Array([1, 2, 3]), 'export.zip')).toThrow(/export\.zip : archive ZIP illisible/);
    const archive = zip(syntheticFiles(92));
    const fakeFetch = (async () => new Response(Buffer.from(archive))) as unknown as typeof fetch;
    const catalog = await loadRomeExport('https://exemple.fr/RefRomeCsv.zip', { fetch: fakeFetch });
    expect(await importRomeCatalogue(deps, catalog, 'https://exemple.fr/RefRomeCsv.zip')).toMatchObject({
      status: 'imported',
      version: 92,
      previousVersion: 90,
    });
    await expect(loadRomeExport('http://exemple.fr/RefRomeCsv.zip')).rejects.toThrow(/https:\/\//);
  });
});

describe('search and job sheets over HTTP (public)', () => {
  it('answers the catalogue state and searches', async () => {
    const info = await call(app, 'GET', '/api/catalog');
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({ version: { number: 92 }, counts: { fiches: 3, appellations: 5 } });
    const search = await call(app, 'GET', '/api/catalog/search?q=testeuse%20jouet&limit=3');
    expect(search.status).toBe(200);
    expect(search.body.results[0]).toMatchObject({
      codeRome: 'X1102',
      label: 'Testeur / Testeuse de jouets',
      matched: expect.any(String),
      score: expect.any(Number),
    });
    const skills = await call(app, 'GET', '/api/catalog/skills/search?q=maquette&scope=all');
    expect(skills.status).toBe(200);
    expect(Array.isArray(skills.body.results)).toBe(true);
    const sheet = await call(app, 'GET', '/api/catalog/fiches/X1101');
    expect(sheet.status).toBe(200);
    expect(sheet.body).toMatchObject({
      codeRome: 'X1101',
      mobilities: [
        { codeRome: 'X1102', order: 1 },
        { codeRome: 'Y2101', order: 2 },
      ],
    });
  });

  it.each([
    ['/api/catalog/search?q=', 200],
    ['/api/catalog/search', 200],
    ['/api/catalog/search?q=%00%01%02', 200],
    [`/api/catalog/search?q=${'a'.repeat(200)}`, 200],
    [`/api/catalog/search?q=${'a'.repeat(500)}`, 422],
    [
      '/api/catalog/search?q=%27%29%3B%20DROP%20TABLE%20rome_fiches%3B%20--%20.*%2B%3F%5E%24%7B%7D%28%29%7C%5B%5D%5C',
      200,
    ],
    ['/api/catalog/search?q=test&limit=0', 422],
    ['/api/catalog/search?q=test&limit=-1', 422],
    ['/api/catalog/search?q=test&limit=10000', 422],
    ['/api/catalog/search?q=test&limit=abc', 422],
    ['/api/catalog/search?q=test&limit=50', 200],
    ['/api/catalog/skills/search?q=test&scope=tout', 422],
    [`/api/catalog/skills/search?q=${'é'.repeat(500)}`, 422],
    ['/api/catalog/fiches/Z9999', 404],
    ['/api/catalog/fiches/A11', 404],
    ['/api/catalog/fiches/%27%20OR%201%3D1', 404],
  ])('%s → %i with a French message, never a 500', async (path, status) => {
    const response = await call(app, 'GET', path);
    expect(response.status).toBe(status);
    if (status >= 400) expect(response.body.error.message).toMatch(/[a-zàâçéèêëîïôûù]/);
    else expect(response.body.results.length).toBeLessThanOrEqual(50);
  });

  it('explains a refused limit in French', async () => {
    const response = await call(app, 'GET', '/api/catalog/search?q=test&limit=0');
    expect(response.body.error.fields).toEqual({ limit: 'Le nombre de résultats doit être un entier entre 1 et 50.' });
  });
});
