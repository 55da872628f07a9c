/**
 * The exploration on the database (issue 13, decision 041), over the synthetic ROME export of the
 * catalogue's tests: pistes from a suggestion, a job sheet, an appellation and free words, with
 * who changed them; the skill gap against the portfolio; training needs; the interview guide
 * built from the fiche, notes, the consultant's debrief and the feasibility it changes; set-aside
 * suggestions; the export; two saves at once; a closed bilan; the cascade with the bilan; and who
 * may reach it.
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
import { snapshotTables } from '../../../tests/support/table-snapshot.ts';
import { buildRomeCatalog } from '../../catalog/domain/rome/build-catalog.ts';
import { assembleExportInput } from '../../catalog/domain/rome/export-input.ts';
import { syntheticExportFiles } from '../../catalog/domain/rome/synthetic-export.fixture.ts';
import { importRomeCatalogue } from '../../catalog/use-cases/import-rome-catalogue.ts';
import { CompetenceSchema } from '../../portfolio/contracts/schemas.ts';
import { saveCompetence } from '../../portfolio/use-cases/save-competence.ts';
import type { Actor } from '../../platform/deps.ts';
import type { AppError } from '../../shared/errors.ts';
import {
  DebriefSchema,
  EnqueteSchema,
  PisteSchema,
  SetAsideSchema,
  TrainingNeedSchema,
  type EnqueteInput,
  type PisteInput,
  type TrainingNeedInput,
} from '../contracts/schemas.ts';
import { debriefEnquete } from './debrief-enquete.ts';
import { deleteEnquete } from './delete-enquete.ts';
import { deletePiste } from './delete-piste.ts';
import { deleteTrainingNeed } from './delete-training-need.ts';
import { exportExploration } from './export-exploration.ts';
import { getExploration } from './get-exploration.ts';
import { readInterviewGuide } from './read-interview-guide.ts';
import { saveEnquete } from './save-enquete.ts';
import { savePiste } from './save-piste.ts';
import { saveTrainingNeed } from './save-training-need.ts';
import { setSuggestionAside } from './set-suggestion-aside.ts';
import { refusal } from '../../../tests/support/refusal.ts';

let deps: TestDeps;
let org: TestOrganisation;
let beneficiary: TestUser;
let bilanId: string;

const TABLES = [
  'exploration_pistes',
  'exploration_training_needs',
  'exploration_enquetes',
  'exploration_set_aside_suggestions',
  'audit_events',
];
const tables = async () => {
  const all = await snapshotTables(deps.db);
  return Object.fromEntries(TABLES.map((t) => [t, all[t]]));
};

const piste = (input: PisteInput, actor: Actor = beneficiary.actor, bilan = bilanId) =>
  savePiste(deps, actor, bilan, PisteSchema.parse(input));
const need = (input: TrainingNeedInput, actor: Actor = beneficiary.actor, bilan = bilanId) =>
  saveTrainingNeed(deps, actor, bilan, TrainingNeedSchema.parse(input));
const enquete = (input: EnqueteInput, actor: Actor = beneficiary.actor, bilan = bilanId) =>
  saveEnquete(deps, actor, bilan, EnqueteSchema.parse(input));

const SUGGESTED: PisteInput = {
  kind: 'rome_fiche',
  codeRome: 'X1101',
  origin: 'suggestion',
  originReasons: ['Vous partagez 3 compétences clés du métier.', 'Intérêts proches : Réaliste, Artistique.'],
};

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

describe('pistes', () => {
  it('adds pistes from a suggestion, a job sheet, an appellation and free words, saying who changed them', async () => {
    const { piste: suggested } = await piste(SUGGESTED);
    expect(suggested).toMatchObject({
      kind: 'rome_fiche',
      fiche: { codeRome: 'X1101', label: 'Maquettiste / Maquettiste en modèles réduits' },
      title: 'Maquettiste / Maquettiste en modèles réduits',
      status: 'a_explorer',
      origin: 'suggestion',
      originReasons: SUGGESTED.originReasons,
      revision: 1,
      createdBy: { id: beneficiary.id, role: 'beneficiary' },
      createdAt: '2026-11-23T09:00:00.000Z',
      feasibility: { level: 'a_evaluer', label: 'À évaluer' },
    });
    const { piste: sheet } = await piste(
      { kind: 'rome_fiche', codeRome: 'X1102', origin: 'job_sheet' },
      org.consultant.actor,
    );
    expect(sheet).toMatchObject({ title: 'Testeur / Testeuse de jouets', origin: 'job_sheet', position: 1 });
    const { piste: named } = await piste({ kind: 'appellation', appellationCode: '7005' });
    expect(named.fiche?.codeRome).toBe('Y2101');
    expect(named.appellation).toMatchObject({ codeOgr: '7005' });
    // A fiche piste ignores an appellation sent with it.
    const { piste: fiche } = await piste({ kind: 'rome_fiche', codeRome: 'Y2101', appellationCode: '7001' });
    expect([fiche.fiche?.codeRome, fiche.appellation]).toEqual(['Y2101', null]);
    await deletePiste(deps, beneficiary.actor, bilanId, fiche.id);
    const { piste: free } = await piste({
      kind: 'business_creation',
      title: 'Ouvrir un atelier de maquettes',
      desire: 5,
    });
    expect([free.fiche, free.skillGap]).toEqual([null, null]);

    deps.clock.advance(60_000);
    const { piste: changed } = await piste(
      {
        ...SUGGESTED,
        id: suggested.id,
        revision: 1,
        origin: 'manual',
        originReasons: [],
        desire: 4,
        desireWhy: 'Travailler de mes mains.',
        criteria: { market: { assessment: 'favourable', note: 'Des offres à Lyon.' }, pay: { assessment: 'mixed' } },
        status: 'en_enquete',
      },
      org.consultant.actor,
    );
    expect(changed).toMatchObject({
      revision: 2,
      desire: 4,
      origin: 'suggestion',
      originReasons: SUGGESTED.originReasons,
      criteria: { market: { assessment: 'favourable', note: 'Des offres à Lyon.' }, training: { assessment: null } },
      updatedBy: { id: org.consultant.id, role: 'consultant' },
      updatedAt: '2026-11-23T09:01:00.000Z',
      createdBy: { id: beneficiary.id },
    });

    const view = await getExploration(deps, beneficiary.actor, bilanId);
    expect(view.pistes.map((p) => p.id)).toEqual([suggested.id, sheet.id, named.id, free.id]);
    expect(view.editable).toBe(true);
    expect(view.constraintsReminder).toMatch(/sans aucun détail sur la santé/);
    expect(await getExploration(deps, org.consultant.actor, bilanId)).toEqual(view);

    await deletePiste(deps, org.consultant.actor, bilanId, free.id);
    expect((await getExploration(deps, beneficiary.actor, bilanId)).pistes).toHaveLength(3);
  });

  it('refuses an unknown code, the same job twice, and a piste set aside without its reason, changing nothing', async () => {
    const { piste: first } = await piste(SUGGESTED);
    await piste({ kind: 'appellation', appellationCode: '7002' });
    const before = await tables();
    const unknown = await refusal(piste({ kind: 'rome_fiche', codeRome: 'Z9999' }));
    expect([unknown.code, unknown.fields]).toEqual([
      'validation_failed',
      { codeRome: 'Le code Z9999 ne correspond à aucun métier du ROME : choisissez-le dans la liste.' },
    ]);
    expect((await refusal(piste({ kind: 'appellation', appellationCode: '999999' }))).fields).toHaveProperty(
      'appellationCode',
    );
    const twice = await refusal(piste({ kind: 'rome_fiche', codeRome: 'X1101', origin: 'job_sheet' }));
    expect([twice.code, twice.details]).toEqual(['exploration_duplicate_piste', { existingId: first.id }]);
    expect((await refusal(piste({ kind: 'appellation', appellationCode: '7002' }))).code).toBe(
      'exploration_duplicate_piste',
    );
    expect(() => PisteSchema.parse({ ...SUGGESTED, status: 'ecartee' })).toThrow(/pourquoi la piste est écartée/);
    expect(await tables()).toEqual(before);
    const { piste: aside } = await piste({
      ...SUGGESTED,
      id: first.id,
      revision: 1,
      status: 'ecartee',
      statusReason: 'Trop peu d’offres dans la région.',
    });
    expect([aside.status, aside.statusReason]).toEqual(['ecartee', 'Trop peu d’offres dans la région.']);
  });

  it('gives exactly one success to two saves of the same revision; the other gets the current version', async () => {
    const { piste: p } = await piste(SUGGESTED);
    const results = await Promise.allSettled([
      piste({ ...SUGGESTED, id: p.id, revision: 1, desire: 2 }),
      piste({ ...SUGGESTED, id: p.id, revision: 1, desire: 5 }, org.consultant.actor),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect([won.length, lost.length]).toEqual([1, 1]);
    const error = lost[0]!.reason as AppError;
    expect(error.code).toBe('exploration_stale');
    const current = (error.details as { current: { revision: number; desire: number } }).current;
    expect(current.revision).toBe(2);
    expect(current.desire).toBe((won[0] as PromiseFulfilledResult<{ piste: { desire: number } }>).value.piste.desire);
    // Retried on the current version, the loser's change is kept.
    const { piste: retried } = await piste({ ...SUGGESTED, id: p.id, revision: 2, desire: 3 });
    expect([retried.revision, retried.desire]).toEqual([3, 3]);
    // A creation retried after a lost answer is recognised, not doubled.
    const id = '0b9c7a52-4d1e-4f6b-9a0e-3c2d1e0f9a8b';
    await piste({ kind: 'free_project', title: 'Guide de musée', id });
    expect((await refusal(piste({ kind: 'free_project', title: 'Guide de musée', id }))).code).toBe(
      'exploration_stale',
    );
    expect((await getExploration(deps, beneficiary.actor, bilanId)).pistes).toHaveLength(2);
  });
});

describe('limits', () => {
  it('refuses a 61st piste with a French message, changing nothing', async () => {
    for (let n = 0; n < 60; n++) await piste({ kind: 'free_project', title: `Piste ${n}` });
    const before = await tables();
    const error = await refusal(piste({ kind: 'free_project', title: 'Une de trop' }));
    expect([error.code, error.message]).toEqual([
      'exploration_too_many',
      'Le bilan compte déjà 60 pistes : écartez-en ou supprimez-en avant d’en ajouter.',
    ]);
    expect(await tables()).toEqual(before);
  });
});

describe('skill gaps, training needs and feasibility', () => {
  it('compares the portfolio with the fiche and counts the gap, the criteria and the debriefs', async () => {
    const { piste: p } = await piste(SUGGESTED);
    expect(p.skillGap).toMatchObject({
      held: [],
      toDevelop: [],
      missing: [{ codeOgr: '5001', label: 'Assembler des maquettes', core: true }],
      reference: 1,
      coverage: 0,
    });
    const { competence: core } = await saveCompetence(
      deps,
      beneficiary.actor,
      bilanId,
      CompetenceSchema.parse({ codeOgr: '5001', level: 2 }),
    );
    await saveCompetence(
      deps,
      beneficiary.actor,
      bilanId,
      CompetenceSchema.parse({ kind: 'savoir_faire', label: 'coller des pieces MINIATURES', level: 4 }),
    );
    const gap = (await getExploration(deps, beneficiary.actor, bilanId)).pistes[0]!.skillGap!;
    expect(gap.toDevelop).toEqual([
      {
        codeOgr: '5001',
        label: 'Assembler des maquettes',
        kind: 'savoir_faire',
        core: true,
        competenceId: core.id,
        level: 2,
      },
    ]);
    expect(gap.held.map((h) => [h.codeOgr, h.level])).toEqual([['5002', 4]]);
    expect([gap.missing, gap.coverage]).toEqual([[], 0.5]);

    const { trainingNeed } = await need({
      pisteId: p.id,
      codeOgr: '5001',
      content: 'Assemblage de maquettes, niveau confirmé',
      duration: '3 mois',
      certification: 'CAP arts appliqués',
      funding: 'ptp',
    });
    expect(trainingNeed).toMatchObject({
      competence: { codeOgr: '5001', label: 'Assembler des maquettes' },
      funding: 'ptp',
      revision: 1,
    });
    expect((await refusal(need({ pisteId: p.id, codeOgr: '999999', content: 'X' }))).fields).toHaveProperty('codeOgr');
    const stale = await refusal(need({ id: trainingNeed.id, revision: 5, pisteId: p.id, content: 'Autre' }));
    expect(stale.code).toBe('exploration_stale');
    await need(
      { id: trainingNeed.id, revision: 1, pisteId: p.id, content: 'Autre', funding: 'cpf' },
      org.consultant.actor,
    );

    // Criteria: market favourable, pay mixed; the gap (½ held) counts 0.
    await piste({
      ...SUGGESTED,
      id: p.id,
      revision: 1,
      criteria: { market: { assessment: 'favourable' }, pay: { assessment: 'mixed' } },
    });
    let read = (await getExploration(deps, beneficiary.actor, bilanId)).pistes[0]!;
    expect(read.feasibility.level).toBe('moyenne');
    expect(read.feasibility.reasons).toContain('Compétences clés du métier acquises à 50 % : un écart à combler.');
    expect(read.trainingNeeds).toMatchObject([{ content: 'Autre', funding: 'cpf', revision: 2 }]);

    // An interview debriefed by the consultant, strengthening the piste: the level rises.
    const { enquete: interview } = await enquete({ pisteId: p.id, kind: 'interview', contactName: 'Mme Roux' });
    expect(
      (
        await refusal(
          debriefEnquete(
            deps,
            beneficiary.actor,
            bilanId,
            interview.id,
            DebriefSchema.parse({ revision: 1, confirmed: 'Oui', effect: 'weakens' }),
          ),
        )
      ).code,
    ).toBe('forbidden');
    const { piste: debriefed } = await debriefEnquete(
      deps,
      org.consultant.actor,
      bilanId,
      interview.id,
      DebriefSchema.parse({ revision: 1, confirmed: 'Le métier recrute en atelier.', effect: 'strengthens' }),
    );
    expect(debriefed.feasibility.level).toBe('elevee');
    expect(debriefed.feasibility.reasons).toContain('L’entretien avec Mme Roux renforce la faisabilité.');
    expect(debriefed.enquetes[0]!.debrief).toMatchObject({
      confirmed: 'Le métier recrute en atelier.',
      contradicted: null,
      effect: 'strengthens',
      by: { id: org.consultant.id },
    });
    read = (await getExploration(deps, beneficiary.actor, bilanId)).pistes[0]!;
    expect(read.feasibility).toEqual(debriefed.feasibility);
    // The piste's own revision did not move: a pending save of the piste is not made stale by it.
    expect(read.revision).toBe(2);

    await deleteTrainingNeed(deps, beneficiary.actor, bilanId, trainingNeed.id);
    expect((await getExploration(deps, beneficiary.actor, bilanId)).pistes[0]!.trainingNeeds).toEqual([]);
  });
});

describe('enquêtes métier', () => {
  it('starts an interview from the guide of the fiche, keeps the notes, and records immersions and sources', async () => {
    const { piste: p } = await piste(SUGGESTED);
    const guide = await readInterviewGuide(deps, beneficiary.actor, bilanId, p.id);
    expect(guide.fiche).toEqual({ codeRome: 'X1101', label: 'Maquettiste / Maquettiste en modèles réduits' });
    const ids = guide.questions.map((q) => q.id);
    expect(ids).toEqual(
      expect.arrayContaining(['parcours-1', 'activites-5002', 'contextes-8001', 'acces-1', 'marche-1']),
    );
    expect(guide.questions.find((q) => q.id === 'contextes-8001')!.text).toContain('Travail en atelier');
    expect(guide.questions.find((q) => q.id === 'acces-1')!.text).toContain('CAP d’arts appliqués');

    const { enquete: interview } = await enquete({
      pisteId: p.id,
      kind: 'interview',
      contactName: 'Mme Roux',
      contactRole: 'Maquettiste',
      contactOrganisation: 'Atelier Roux',
      plannedOn: '2026-12-03',
    });
    expect(interview.questions.map((q) => q.id)).toEqual(ids);
    expect([interview.contactEmail, interview.contactPhone, interview.debrief]).toEqual([null, null, null]);
    const questions = [
      { ...interview.questions[0]!, notes: 'Par un CAP, puis dix ans en atelier.' },
      { id: 'libre-perso', topic: 'libre' as const, text: 'Quels outils utilisez-vous ?', notes: null },
    ];
    const { enquete: noted } = await enquete({
      id: interview.id,
      revision: 1,
      pisteId: p.id,
      kind: 'interview',
      contactName: 'Mme Roux',
      plannedOn: '2026-12-03',
      questions,
      learnt: 'Le métier s’apprend surtout en atelier.',
    });
    expect(noted.questions).toEqual(questions);
    // Saved without questions: the notes are kept.
    const { enquete: kept } = await enquete({
      id: interview.id,
      revision: 2,
      pisteId: p.id,
      kind: 'interview',
      contactName: 'M. Roux',
    });
    expect([kept.contactName, kept.questions]).toEqual(['M. Roux', questions]);

    const { enquete: immersion } = await enquete({
      pisteId: p.id,
      kind: 'immersion',
      place: 'Atelier Roux, Villeurbanne',
      startedOn: '2026-12-07',
      endedOn: '2026-12-11',
      learnt: 'Les journées sont longues, le geste est précis.',
    });
    expect([immersion.questions, immersion.startedOn, immersion.endedOn]).toEqual([[], '2026-12-07', '2026-12-11']);
    const { enquete: source } = await enquete({
      pisteId: p.id,
      kind: 'source',
      sourceTitle: 'Fiche métier de France Travail',
      sourceUrl: 'https://candidat.francetravail.fr/metierscope',
    });
    expect(source.sourceUrl).toBe('https://candidat.francetravail.fr/metierscope');
    expect((await getExploration(deps, org.consultant.actor, bilanId)).pistes[0]!.enquetes.map((e) => e.kind)).toEqual([
      'interview',
      'immersion',
      'source',
    ]);
    await deleteEnquete(deps, org.consultant.actor, bilanId, source.id);

    // A piste without a fiche gets the general questions.
    const { piste: free } = await piste({ kind: 'free_project', title: 'Accompagner des randonnées' });
    const general = await readInterviewGuide(deps, beneficiary.actor, bilanId, free.id);
    expect(general.fiche).toBeNull();
    expect(general.questions.every((q) => !q.id.startsWith('activites-'))).toBe(true);
  });
});

describe('suggestions set aside, export, closed bilan, cascade', () => {
  it('lets the consultant set a suggestion aside with its reason, and bring it back', async () => {
    const { setAside } = await setSuggestionAside(
      deps,
      org.consultant.actor,
      bilanId,
      SetAsideSchema.parse({ codeRome: 'X1102', reason: 'Déjà exercé, ne souhaite pas y revenir.' }),
    );
    expect(setAside).toMatchObject([
      { codeRome: 'X1102', label: 'Testeur / Testeuse de jouets', reason: 'Déjà exercé, ne souhaite pas y revenir.' },
    ]);
    expect(
      (
        await refusal(
          setSuggestionAside(
            deps,
            beneficiary.actor,
            bilanId,
            SetAsideSchema.parse({ codeRome: 'X1101', reason: 'Non' }),
          ),
        )
      ).code,
    ).toBe('forbidden');
    expect(
      (
        await refusal(
          setSuggestionAside(
            deps,
            org.consultant.actor,
            bilanId,
            SetAsideSchema.parse({ codeRome: 'Z9999', reason: 'Non' }),
          ),
        )
      ).fields,
    ).toHaveProperty('codeRome');
    expect((await getExploration(deps, beneficiary.actor, bilanId)).setAside).toHaveLength(1);
    await setSuggestionAside(
      deps,
      org.consultant.actor,
      bilanId,
      SetAsideSchema.parse({ codeRome: 'X1102', reason: null }),
    );
    expect((await getExploration(deps, beneficiary.actor, bilanId)).setAside).toEqual([]);
  });

  it('exports the exploration as JSON (audited), refuses changes once the bilan has ended, and goes with the bilan', async () => {
    const { piste: p } = await piste({ ...SUGGESTED, desire: 4 });
    await need({ pisteId: p.id, content: 'Peinture sur maquettes', funding: 'cpf' });
    const { enquete: interview } = await enquete({
      pisteId: p.id,
      kind: 'interview',
      contactName: 'Mme Roux',
      contactEmail: 'roux@exemple.fr',
    });
    await setSuggestionAside(
      deps,
      org.consultant.actor,
      bilanId,
      SetAsideSchema.parse({ codeRome: 'X1102', reason: 'Non' }),
    );
    const file = await exportExploration(deps, beneficiary.actor, bilanId);
    expect(file.filename).toBe('pistes-professionnelles.json');
    const exported = JSON.parse(new TextDecoder().decode(file.bytes));
    expect(exported).toMatchObject({
      format: 'sillage.exploration',
      version: 1,
      bilanId,
      pistes: [
        {
          title: 'Maquettiste / Maquettiste en modèles réduits',
          statusLabel: 'À explorer',
          originLabel: 'Ajoutée depuis une suggestion de métiers',
          desire: 4,
          trainingNeeds: [{ content: 'Peinture sur maquettes', fundingLabel: 'Compte personnel de formation (CPF)' }],
          enquetes: [{ kindLabel: 'Entretien avec un·e professionnel·le', contact: { name: 'Mme Roux' } }],
        },
      ],
      setAsideSuggestions: [{ codeRome: 'X1102', reason: 'Non' }],
    });
    expect(JSON.stringify(exported)).not.toContain('roux@exemple.fr');
    const audit = await deps.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('action', '=', 'exploration.exported')
      .where('bilan_id', '=', bilanId)
      .execute();
    expect(audit).toEqual([{ action: 'exploration.exported', details: { pistes: 1 } }]);

    await deps.db.updateTable('bilans').set({ phase: 'cloture' }).where('id', '=', bilanId).execute();
    const before = await tables();
    for (const attempt of [
      () => piste({ ...SUGGESTED, id: p.id, revision: 1 }),
      () => piste({ kind: 'free_project', title: 'Autre' }),
      () => deletePiste(deps, beneficiary.actor, bilanId, p.id),
      () => need({ pisteId: p.id, content: 'Encore' }),
      () => enquete({ pisteId: p.id, kind: 'source', sourceTitle: 'Salon' }),
      () => deleteEnquete(deps, beneficiary.actor, bilanId, interview.id),
      () =>
        debriefEnquete(
          deps,
          org.consultant.actor,
          bilanId,
          interview.id,
          DebriefSchema.parse({ revision: 1, confirmed: 'Oui', effect: 'neutral' }),
        ),
      () =>
        setSuggestionAside(
          deps,
          org.consultant.actor,
          bilanId,
          SetAsideSchema.parse({ codeRome: 'X1101', reason: 'Non' }),
        ),
    ])
      expect((await refusal(attempt())).code).toBe('bilan_closed');
    expect(await tables()).toEqual(before);
    const read = await getExploration(deps, beneficiary.actor, bilanId);
    expect([read.editable, read.pistes.length]).toEqual([false, 1]);

    // A training need cannot point at a piste of another bilan, even by hand.
    const otherBilan = await insertBilan(deps, org, await createUser(deps, org.id, 'beneficiary', 'autre'));
    await expect(
      deps.db
        .insertInto('exploration_training_needs')
        .values({
          organisation_id: org.id,
          bilan_id: otherBilan,
          piste_id: p.id,
          content: 'X',
          position: 0,
          created_by: org.consultant.id,
          created_at: new Date(),
          updated_by: org.consultant.id,
          updated_at: new Date(),
          revision: 1,
        })
        .execute(),
    ).rejects.toMatchObject({ code: '23503' });
    await deps.db.deleteFrom('bilans').where('id', '=', bilanId).execute();
    for (const table of TABLES.filter((t) => t !== 'audit_events')) {
      const rows = await deps.db
        .selectFrom(table as 'exploration_pistes')
        .select('bilan_id')
        .where('bilan_id', '=', bilanId)
        .execute();
      expect({ table, rows }).toEqual({ table, rows: [] });
    }
  });
});

describe('who may reach it', () => {
  it('lets the beneficiary and their consultant in; 403 for admins, 404 for everyone else, nothing changed', async () => {
    const { piste: p } = await piste(SUGGESTED);
    const { enquete: e } = await enquete({ pisteId: p.id, kind: 'source', sourceTitle: 'Salon' });
    const otherBeneficiary = await createUser(deps, org.id, 'beneficiary', 'autre');
    const otherConsultant = await createUser(deps, org.id, 'consultant', 'autre');
    const otherBilan = await insertBilan(deps, org, otherBeneficiary, { consultant_id: otherConsultant.id });
    const elsewhere = await createOrganisation(deps);
    const elsewhereBeneficiary = await createUser(deps, elsewhere.id, 'beneficiary', 'ailleurs');
    const elsewhereBilan = await insertBilan(deps, elsewhere, elsewhereBeneficiary);
    const before = await tables();
    for (const [actor, code] of [
      [otherBeneficiary.actor, 'not_found'],
      [otherConsultant.actor, 'not_found'],
      [elsewhere.consultant.actor, 'not_found'],
      [elsewhereBeneficiary.actor, 'not_found'],
      [org.admin.actor, 'forbidden'],
      [elsewhere.admin.actor, 'forbidden'],
    ] as const) {
      expect((await refusal(getExploration(deps, actor, bilanId))).code).toBe(code);
      expect((await refusal(piste({ ...SUGGESTED, id: p.id, revision: 1 }, actor))).code).toBe(code);
      expect((await refusal(deletePiste(deps, actor, bilanId, p.id))).code).toBe(code);
      expect((await refusal(readInterviewGuide(deps, actor, bilanId, p.id))).code).toBe(code);
      expect((await refusal(exportExploration(deps, actor, bilanId))).code).toBe(code);
    }
    // Their own bilan does not open the door to this one's items.
    expect((await refusal(deletePiste(deps, otherBeneficiary.actor, otherBilan, p.id))).code).toBe('not_found');
    expect((await refusal(need({ pisteId: p.id, content: 'X' }, otherBeneficiary.actor, otherBilan))).code).toBe(
      'not_found',
    );
    expect((await refusal(deleteEnquete(deps, otherConsultant.actor, otherBilan, e.id))).code).toBe('not_found');
    expect((await refusal(readInterviewGuide(deps, otherBeneficiary.actor, otherBilan, p.id))).code).toBe('not_found');
    // An id taken in another organisation cannot be created again (nor revealed).
    expect(
      (await refusal(piste({ kind: 'free_project', title: 'X', id: p.id }, elsewhereBeneficiary.actor, elsewhereBilan)))
        .code,
    ).toBe('not_found');
    expect(await tables()).toEqual(before);
  });
});
