/**
 * Job suggestions over the stored catalogue (decision 040): the in-memory index is built from the
 * database, answers over HTTP with reasons in French, is rebuilt after a re-import, and bad input
 * gets a French 4xx or an empty, explained answer, never a 500.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import { call, testApp } from '../../../tests/support/http.ts';
import { buildRomeCatalog } from '../domain/rome/build-catalog.ts';
import { assembleExportInput } from '../domain/rome/export-input.ts';
import { syntheticExportFiles } from '../domain/rome/synthetic-export.fixture.ts';
import type { App } from '../../app/http.ts';
import { importRomeCatalogue } from './import-rome-catalogue.ts';
import { suggestCatalogueJobs } from './suggest-catalogue-jobs.ts';

/** The synthetic export as release `version`, its files edited by `edit`. */
function synthetic(version: number, edit: Parameters<typeof syntheticExportFiles>[0] = {}) {
  const suffix = `_v4${String(version).padStart(2, '0')}_`;
  const files = syntheticExportFiles(edit).map((f) =>
    f.fileName === 'version.txt'
      ? { fileName: f.fileName, text: f.text.replace('Numero de version : 99', `Numero de version : ${version}`) }
      : { fileName: f.fileName.replace('_v499_', suffix), text: f.text },
  );
  return buildRomeCatalog(assembleExportInput(files));
}

let deps: TestDeps;
let app: App;
beforeAll(() => {
  deps = testDeps();
  app = testApp(deps);
});

const suggest = (body: unknown) => call(app, 'POST', '/api/catalog/suggestions', { body });

describe('without a catalogue', () => {
  it('answers empty and says why', async () => {
    const response = await suggest({ skills: ['5001'] });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      results: [],
      unknownSkills: [],
      notice: 'Le catalogue des métiers n’est pas encore installé : aucune suggestion possible pour le moment.',
    });
  });
});

describe('with the synthetic catalogue', () => {
  beforeAll(async () => {
    deps.clock.set('2026-12-01T10:00:00Z');
    await importRomeCatalogue(deps, synthetic(91), 'synthetic');
  });

  it('suggests from a maquettiste’s skills, following the official mobilities, every result explained', async () => {
    const response = await suggest({ skills: ['5001', '5002', '6001', '0000'], riasec: 'ras', exclude: ['x1101'] });
    expect(response.status).toBe(200);
    expect(response.body.unknownSkills).toEqual(['0000']);
    expect(response.body.notice).toBeNull();
    const codes = response.body.results.map((r: { codeRome: string }) => r.codeRome);
    expect(codes).toEqual(['X1102', 'Y2101']);
    const [first] = response.body.results;
    expect(first).toMatchObject({
      codeRome: 'X1102',
      label: 'Testeur / Testeuse de jouets',
      score: 100,
      group: 'proche',
      groupLabel: 'Proche de ce que vous faites',
      sharedSkills: [],
      missingCoreSkills: [{ codeOgr: '5003', label: expect.any(String) }],
    });
    expect(first.reasons[0]).toMatch(/^Mobilité prévue par France Travail depuis « Maquettiste/);
    expect(first.reasons.join(' ')).toMatch(/concordance de 0 sur 6/);
  });

  it('is a use case other capabilities call with a RIASEC result’s tie groups and the jobs held', async () => {
    const answer = await suggestCatalogueJobs(deps, {
      skills: ['8002'],
      riasec: [['S', 'A'], ['E']],
      jobsHeld: ['X1101'],
    });
    expect(answer.results.map((r) => r.codeRome)).not.toContain('X1101');
    const animateur = answer.results.find((r) => r.codeRome === 'Y2101');
    expect(animateur?.reasons).toContain(
      'Mobilité prévue par France Travail depuis « Maquettiste / Maquettiste en modèles réduits », un métier que vous avez exercé.',
    );
    expect(animateur?.reasons.join(' ')).toMatch(/\(S\/AE\).*\(SA\) : concordance de 5 sur 6/);
  });

  it('rebuilds its index when the catalogue is re-imported', async () => {
    const before = await suggestCatalogueJobs(deps, { skills: ['5003'], riasec: 'C' });
    expect(before.results.find((r) => r.codeRome === 'X1102')?.reasons.join(' ')).toMatch(/\(C\) : concordance/);
    deps.clock.set('2026-12-02T10:00:00Z');
    await importRomeCatalogue(
      deps,
      synthetic(92, { referentiel_code_rome_riasec: (text) => text.replace('"X1102","C",""', '"X1102","S","C"') }),
      'synthetic',
    );
    const after = await suggestCatalogueJobs(deps, { skills: ['5003'], riasec: 'C' });
    expect(after.results.find((r) => r.codeRome === 'X1102')?.reasons.join(' ')).toMatch(/\(SC\) : concordance/);
  });

  it.each([
    ['an empty portfolio', 200, { skills: [] }, /au moins une compétence/],
    ['5,000 skills', 422, { skills: Array.from({ length: 5000 }, (_, i) => String(i)) }, /Au plus 500 compétences/],
    ['a RIASEC of "XYZ"', 422, { skills: ['5001'], riasec: 'XYZ' }, /1 à 3 lettres parmi R, I, A, S, E et C/],
    ['a RIASEC of 7 letters', 422, { skills: ['5001'], riasec: 'RIASECR' }, /1 à 3 lettres/],
    ['a repeated RIASEC letter', 422, { skills: ['5001'], riasec: 'SS' }, /répéter/],
    ['a limit of 0', 422, { skills: ['5001'], limit: 0 }, /entre 1 et 20/],
    ['a limit of 500', 422, { skills: ['5001'], limit: 500 }, /entre 1 et 20/],
    ['a limit of 2.5', 422, { skills: ['5001'], limit: 2.5 }, /entre 1 et 20/],
    ['every fiche excluded', 200, { skills: ['5001'], exclude: ['X1101', 'X1102', 'Y2101'] }, /Tous les métiers/],
    ['an exclusion that is not a code ROME', 422, { skills: ['5001'], exclude: ["' OR 1=1"] }, /code ROME/],
    ['3,000 exclusions', 422, { skills: ['5001'], exclude: Array.from({ length: 3000 }, () => 'A1101') }, /Au plus/],
    ['a wish that is not a code ROME', 422, { skills: ['5001'], wishes: ['boulanger'] }, /métier souhaité/],
    ['60 wishes', 422, { skills: ['5001'], wishes: Array.from({ length: 60 }, () => 'A1101') }, /Au plus 50/],
    ['skills that are not text', 422, { skills: [5001] }, /code OGR/],
    ['no skills field', 422, {}, /./],
    ['a NUL byte and a lone surrogate', 200, { skills: ['\u0000', '\ud800'], riasec: 'S' }, null],
    ['a code of 10,000 characters', 422, { skills: ['1'.repeat(10_000)] }, /20 caractères/],
  ])('%s → %i, in French, never a 500', async (_what, status, body, message) => {
    const response = await suggest(body);
    expect(response.status).toBe(status);
    if (status >= 400) expect(JSON.stringify(response.body.error)).toMatch(message ?? /./);
    else if (message) {
      expect(response.body.results).toEqual([]);
      expect(response.body.notice).toMatch(message);
    } else expect(response.body.results.length).toBeGreaterThan(0);
  });
});
