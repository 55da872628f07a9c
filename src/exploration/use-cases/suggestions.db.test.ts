/**
 * The dossier's job suggestions (decision 040) on the synthetic catalogue: fed by the portfolio's
 * competences, the professional experiences' jobs and the RIASEC result; set-aside suggestions
 * left out; a suggestion that became a piste says which; only the bilan's two people read them.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import {
  createOrganisation,
  createUser,
  insertBilan,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { buildRomeCatalog } from '../../catalog/domain/rome/build-catalog.ts';
import { assembleExportInput } from '../../catalog/domain/rome/export-input.ts';
import { syntheticExportFiles } from '../../catalog/domain/rome/synthetic-export.fixture.ts';
import { importRomeCatalogue } from '../../catalog/use-cases/import-rome-catalogue.ts';
import { RIASEC_DEFINITION } from '../../instruments/domain/riasec/definition.ts';
import { RIASEC_SOURCE } from '../../instruments/domain/riasec/items.ts';
import { CompetenceSchema, ExperienceSchema } from '../../portfolio/contracts/schemas.ts';
import { saveCompetence } from '../../portfolio/use-cases/save-competence.ts';
import { saveExperience } from '../../portfolio/use-cases/save-experience.ts';
import { AppError } from '../../shared/errors.ts';
import { PisteSchema, SetAsideSchema } from '../contracts/schemas.ts';
import { savePiste } from './save-piste.ts';
import { setSuggestionAside } from './set-suggestion-aside.ts';
import { suggestPistes } from './suggest-pistes.ts';

let deps: TestDeps;
let org: TestOrganisation;
let beneficiary: TestUser;
let bilanId: string;

/** A submitted RIASEC questionnaire whose answers give each letter the value `of(letter)`. */
async function submitRiasec(of: (letter: string) => number) {
  const answers = Object.fromEntries(
    RIASEC_DEFINITION.sections.flatMap((s) => s.questions).map((q) => [q.id, of(q.id[0]!.toUpperCase())]),
  );
  await deps.db
    .insertInto('questionnaire_assignments')
    .values({
      organisation_id: org.id,
      bilan_id: bilanId,
      questionnaire_id: RIASEC_SOURCE.instrumentId,
      questionnaire_version: 1,
      kind: 'instrument',
      title: 'Intérêts professionnels',
      definition: JSON.stringify(RIASEC_DEFINITION),
      answers: JSON.stringify(answers),
      assigned_by: org.consultant.id,
      assigned_at: new Date('2026-11-20T09:00:00Z'),
      submitted_at: new Date('2026-11-21T09:00:00Z'),
    })
    .execute();
}

beforeAll(async () => {
  deps = testDeps();
  await importRomeCatalogue(deps, buildRomeCatalog(assembleExportInput(syntheticExportFiles())), 'export synthétique');
});

beforeEach(async () => {
  deps.clock.set('2026-11-23T09:00:00Z');
  org = await createOrganisation(deps);
  beneficiary = await createUser(deps, org.id, 'beneficiary');
  bilanId = await insertBilan(deps, org, beneficiary);
});

describe('the dossier’s job suggestions', () => {
  it('start from the portfolio, the jobs held and the RIASEC result, and leave out what is set aside', async () => {
    const empty = await suggestPistes(deps, beneficiary.actor, bilanId);
    expect(empty.basis).toEqual({ competences: 0, riasec: null, jobsHeld: 0, wishes: 0, riasecNote: null });

    for (const codeOgr of ['5003', '6002'])
      await saveCompetence(deps, beneficiary.actor, bilanId, CompetenceSchema.parse({ codeOgr, level: 3 }));
    await saveExperience(
      deps,
      beneficiary.actor,
      bilanId,
      ExperienceSchema.parse({
        kind: 'professional',
        title: '',
        appellationCode: '7005',
        startedOn: '2015-09-01',
        endedOn: '2019-06-30',
      }),
    );
    await submitRiasec((letter) => ({ A: 5, R: 4, S: 3 })[letter] ?? 1);

    const answer = await suggestPistes(deps, org.consultant.actor, bilanId);
    expect(answer.basis).toMatchObject({ competences: 2, jobsHeld: 1, riasecNote: null });
    expect(answer.basis.riasec).toMatch(/^A/);
    const codes = answer.results.map((r) => r.codeRome);
    // The job whose core competence is held comes with its reasons; the job held is never suggested back.
    expect(codes).toContain('X1102');
    expect(codes).not.toContain('Y2101');
    const close = answer.results.find((r) => r.codeRome === 'X1102')!;
    expect(close.reasons.length).toBeGreaterThan(0);
    expect(close.sharedSkills.map((s) => s.codeOgr)).toContain('5003');
    expect(close.pisteId).toBeNull();

    // Once a piste, it says which; once set aside, it leaves the answer (the exploration lists it).
    const { piste } = await savePiste(
      deps,
      beneficiary.actor,
      bilanId,
      PisteSchema.parse({
        kind: 'rome_fiche',
        codeRome: 'X1102',
        origin: 'suggestion',
        originReasons: close.reasons,
        desire: 5,
      }),
    );
    const after = await suggestPistes(deps, beneficiary.actor, bilanId);
    expect(after.results.find((r) => r.codeRome === 'X1102')?.pisteId).toBe(piste.id);
    // Desired 5 out of 5, the piste is a wish whose mobilities are followed (the engine's tests say
    // how); X1101 is also a mobility of the job held, which names it first.
    expect(after.basis.wishes).toBe(1);
    expect(after.results.find((r) => r.codeRome === 'X1101')?.reasons[0]).toBe(
      'Mobilité prévue par France Travail depuis « Animateur / Animatrice d’ateliers créatifs », un métier que vous avez exercé.',
    );
    const other = after.results.find((r) => r.codeRome !== 'X1102');
    expect(other).toBeDefined();
    await setSuggestionAside(
      deps,
      org.consultant.actor,
      bilanId,
      SetAsideSchema.parse({ codeRome: other!.codeRome, reason: 'Trop loin de ses contraintes.' }),
    );
    const without = await suggestPistes(deps, beneficiary.actor, bilanId);
    expect(without.results.map((r) => r.codeRome)).not.toContain(other!.codeRome);
  });

  it('leave out a flat RIASEC profile and say so', async () => {
    await submitRiasec(() => 1);
    const answer = await suggestPistes(deps, beneficiary.actor, bilanId);
    expect(answer.basis.riasec).toBeNull();
    expect(answer.basis.riasecNote).toMatch(/profil RIASEC est plat/);
  });

  it('are read by the bilan’s beneficiary and consultant only', async () => {
    const admin = await createUser(deps, org.id, 'admin');
    const stranger = await createUser(deps, org.id, 'beneficiary');
    const other = await createOrganisation(deps);
    const refusal = (actor: typeof admin.actor) =>
      suggestPistes(deps, actor, bilanId).then(
        () => 'read',
        (e: unknown) => (e instanceof AppError ? e.status : 'crash'),
      );
    expect(await refusal(admin.actor)).toBe(403);
    expect(await refusal(stranger.actor)).toBe(404);
    expect(await refusal(other.consultant.actor)).toBe(404);
  });
});
