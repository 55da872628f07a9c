/**
 * ROME proposals for an experience, on the synthetic export of the catalogue's tests (grouped by
 * macro-compétence, core ones first, without what the portfolio holds or the person rejected;
 * kept in one transaction as competences proven by the experience), and the two authors saving
 * at once: a stale revision answers 409 with the current version; 40 concurrent saves of one item
 * by both give each revision to one of them and lose nothing; 40 concurrent decisions on one ROME
 * proposal make one competence.
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
import { AppError } from '../../shared/errors.ts';
import {
  CompetenceSchema,
  DecideProposalsSchema,
  DecideSavoirEtreSchema,
  ExperienceSchema,
  type CompetenceInput,
  type CompetenceView,
  type ExperienceInput,
  type ExperienceView,
} from '../contracts/schemas.ts';
import { answerRespondent } from '../../feedback/use-cases/answer-respondent.ts';
import { inviteRespondent } from '../../feedback/use-cases/invite-respondent.ts';
import {
  otherRatingId,
  RESPONDENT_DEFINITION,
  SELF_DEFINITION,
  selfRatingId,
} from '../../instruments/domain/softskills/definitions.ts';
import { AssignQuestionnaireSchema } from '../../questionnaires/contracts/schemas.ts';
import { assignQuestionnaire } from '../../questionnaires/use-cases/assign-questionnaire.ts';
import { submitQuestionnaire } from '../../questionnaires/use-cases/submit-questionnaire.ts';
import { decideProposals } from './decide-proposals.ts';
import { decideSavoirEtre } from './decide-savoir-etre.ts';
import { proposeSavoirEtreCompetences } from './propose-savoir-etre.ts';
import { getPortfolio } from './get-portfolio.ts';
import { proposeCompetences } from './propose-competences.ts';
import { saveCompetence } from './save-competence.ts';
import { saveExperience } from './save-experience.ts';
import { refusal } from '../../../tests/support/refusal.ts';

let deps: TestDeps;
let org: TestOrganisation;
let beneficiary: TestUser;
let bilanId: string;

const MODELLER: ExperienceInput = {
  kind: 'personal',
  title: '',
  appellationCode: '7001',
  employerOrContext: 'Club de modélisme',
  startedOn: '2010-01-01',
};

beforeAll(async () => {
  deps = testDeps();
  await importRomeCatalogue(deps, buildRomeCatalog(assembleExportInput(syntheticExportFiles())), 'export synthétique');
});

beforeEach(async () => {
  org = await createOrganisation(deps);
  beneficiary = await createUser(deps, org.id, 'beneficiary');
  bilanId = await insertBilan(deps, org, beneficiary);
});

const save = (input: ExperienceInput, actor = beneficiary.actor) =>
  saveExperience(deps, actor, bilanId, ExperienceSchema.parse(input));

describe('ROME proposals', () => {
  it('groups the fiche’s items by macro-compétence, core ones first, and forgets what was kept or rejected', async () => {
    const { experience } = await save(MODELLER);
    const proposals = await proposeCompetences(deps, beneficiary.actor, bilanId, experience.id);
    expect(proposals.appellation).toEqual({
      codeOgr: '7001',
      label: 'Maquettiste / Maquettiste en modèles réduits',
      codeRome: 'X1101',
      ficheLabel: 'Maquettiste / Maquettiste en modèles réduits',
    });
    expect(proposals.groups.map((g) => [g.label, g.core, g.items.map((i) => [i.codeOgr, i.kind, i.core])])).toEqual([
      [
        'Assembler des maquettes',
        true,
        [
          ['5001', 'savoir_faire', 'principale'],
          ['5002', 'savoir_faire', null],
        ],
      ],
      ['Savoir-être professionnels', false, [['5004', 'savoir_etre', null]]],
      ['Techniques professionnelles', false, [['6001', 'savoir', 'emergente']]],
    ]);

    // A competence already typed in free words under the ROME label is not proposed again.
    await saveCompetence(
      deps,
      beneficiary.actor,
      bilanId,
      CompetenceSchema.parse({ kind: 'savoir', label: 'techniques de COLLAGE' }),
    );
    const decided = await decideProposals(
      deps,
      org.consultant.actor,
      bilanId,
      experience.id,
      DecideProposalsSchema.parse({ keep: ['5002', '5001'], reject: ['5004'] }),
    );
    expect(decided.created.map((c) => [c.label, c.kind, c.origin, c.rome?.codeOgr, c.experienceIds])).toEqual([
      ['Coller des pièces miniatures', 'savoir_faire', 'rome', '5002', [experience.id]],
      ['Assembler des maquettes', 'savoir_faire', 'rome', '5001', [experience.id]],
    ]);
    expect([decided.linked, decided.rejected]).toEqual([[], ['5004']]);
    expect((await proposeCompetences(deps, beneficiary.actor, bilanId, experience.id)).groups).toEqual([]);

    // Another experience of the same job: keeping what is already there links it as evidence, once.
    const { experience: again } = await save({ ...MODELLER, startedOn: '2012-01-01' });
    const linked = await decideProposals(
      deps,
      beneficiary.actor,
      bilanId,
      again.id,
      DecideProposalsSchema.parse({ keep: ['5001', '6001'] }),
    );
    expect(linked.created).toEqual([]);
    expect(linked.linked).toHaveLength(2);
    const portfolio = await getPortfolio(deps, beneficiary.actor, bilanId);
    expect(portfolio.competences.map((c) => [c.label, c.experienceIds.length])).toEqual([
      ['techniques de COLLAGE', 1],
      ['Coller des pièces miniatures', 1],
      ['Assembler des maquettes', 2],
    ]);
  });

  it('refuses a kept code the catalogue does not have, saving nothing; an experience without appellation has no proposals', async () => {
    const { experience } = await save(MODELLER);
    const refused = await refusal(
      decideProposals(
        deps,
        beneficiary.actor,
        bilanId,
        experience.id,
        DecideProposalsSchema.parse({ keep: ['5002', '777777'], reject: ['5004'] }),
      ),
    );
    expect(refused.fields).toEqual({
      'keep.1': 'Le code ROME 777777 ne correspond à aucune compétence ni à aucun savoir du catalogue.',
    });
    const portfolio = await getPortfolio(deps, beneficiary.actor, bilanId);
    expect([
      portfolio.competences,
      (await proposeCompetences(deps, beneficiary.actor, bilanId, experience.id)).groups.length,
    ]).toEqual([[], 3]);
    expect(DecideProposalsSchema.safeParse({ keep: ['5002'], reject: ['5002'] }).error?.issues[0]?.message).toBe(
      'Une même proposition ne peut pas être à la fois gardée et écartée.',
    );
    const { experience: free } = await save({ ...MODELLER, appellationCode: null, title: 'Maquettes' });
    expect(await proposeCompetences(deps, org.consultant.actor, bilanId, free.id)).toEqual({
      experienceId: free.id,
      appellation: null,
      groups: [],
    });
  });
});

describe('savoir-être from the questionnaire and the 360°', () => {
  /** Every scale of `definition` at 1, but the ratings given. */
  const answers = (definition: typeof SELF_DEFINITION, ratings: Record<string, number>, extra = {}) => {
    const all: Record<string, unknown> = { ...extra };
    for (const q of definition.sections.flatMap((section) => section.questions))
      if (q.type === 'scale') all[q.id] = 1;
      else if (definition === SELF_DEFINITION) all[q.id] = 'Un exemple précis.';
    return { ...all, ...ratings };
  };
  const tokenOf = async (email: string) => {
    const mail = await deps.db
      .selectFrom('outbox_emails')
      .select('text_body')
      .where('to_address', '=', email)
      .executeTakeFirstOrThrow();
    return /\/regard\/([A-Za-z0-9_-]+)/.exec(mail.text_body)![1]!;
  };

  it('proposes what the person rates « Souvent » or more, or the others do, and remembers the choices', async () => {
    expect(await proposeSavoirEtreCompetences(deps, beneficiary.actor, bilanId)).toEqual({
      questionnaire: 'not_assigned',
      feedback: 'none',
      proposals: [],
    });
    const { assignmentId } = await assignQuestionnaire(
      deps,
      org.consultant.actor,
      bilanId,
      AssignQuestionnaireSchema.parse({ questionnaire: 'instrument:savoir-etre', dueOn: '2026-12-01' }),
    );
    await submitQuestionnaire(deps, beneficiary.actor, assignmentId, {
      version: 1,
      answers: answers(SELF_DEFINITION, {
        [selfRatingId('adaptation')]: 4,
        [selfRatingId('stress')]: 3,
        [selfRatingId('rigueur')]: 2,
      }),
    });
    const selfOnly = await proposeSavoirEtreCompetences(deps, beneficiary.actor, bilanId);
    expect([selfOnly.questionnaire, selfOnly.feedback]).toEqual(['submitted', 'none']);
    expect(selfOnly.proposals.map((p) => [p.skillId, p.origin])).toEqual([
      ['adaptation', 'questionnaire'],
      ['stress', 'questionnaire'],
    ]);

    const emails = ['ana@exemple.fr', 'bob@exemple.fr', 'chloe@exemple.fr'];
    for (const email of emails) await inviteRespondent(deps, beneficiary.actor, assignmentId, { email });
    for (const email of emails)
      await answerRespondent(
        deps,
        await tokenOf(email),
        answers(
          RESPONDENT_DEFINITION,
          { [otherRatingId('stress')]: 3, [otherRatingId('rigueur')]: 4 },
          { relation: 'collegue', 'ce-que-j-apprecie': 'Son calme.' },
        ),
      );
    const withOthers = await proposeSavoirEtreCompetences(deps, org.consultant.actor, bilanId);
    expect(withOthers.feedback).toBe('ready');
    // Seen by both first; then the highest rating; then by name.
    expect(withOthers.proposals).toEqual([
      { skillId: 'stress', label: 'Gestion du stress', origin: 'feedback_360', selfRating: 3, othersMean: 3 },
      { skillId: 'adaptation', label: 'Capacité d’adaptation', origin: 'questionnaire', selfRating: 4, othersMean: 1 },
      { skillId: 'rigueur', label: 'Rigueur', origin: 'feedback_360', selfRating: 2, othersMean: 4 },
    ]);

    const refused = await refusal(
      decideSavoirEtre(
        deps,
        beneficiary.actor,
        bilanId,
        DecideSavoirEtreSchema.parse({ keep: ['stress', 'curiosite'] }),
      ),
    );
    expect(refused.fields).toEqual({
      'keep.1':
        'Ce savoir-être n’est pas (ou plus) proposé : il est peut-être déjà dans le portefeuille. Rechargez la page.',
    });
    const decided = await decideSavoirEtre(
      deps,
      beneficiary.actor,
      bilanId,
      DecideSavoirEtreSchema.parse({ keep: ['stress', 'rigueur'], reject: ['adaptation'] }),
    );
    expect(decided.created.map((c) => [c.label, c.kind, c.origin, c.rome])).toEqual([
      ['Gestion du stress', 'savoir_etre', 'feedback_360', null],
      ['Rigueur', 'savoir_etre', 'feedback_360', null],
    ]);
    expect((await proposeSavoirEtreCompetences(deps, beneficiary.actor, bilanId)).proposals).toEqual([]);
    // A rejected one may still be kept later: then it is no longer rejected.
    await decideSavoirEtre(deps, beneficiary.actor, bilanId, DecideSavoirEtreSchema.parse({ keep: ['adaptation'] }));
    expect(
      await deps.db
        .selectFrom('portfolio_rejected_proposals')
        .select('proposal')
        .where('bilan_id', '=', bilanId)
        .execute(),
    ).toEqual([]);
  });
});

describe('two authors at once', () => {
  it('answers a stale revision with 409 and the version saved meanwhile', async () => {
    const { experience } = await save({ ...MODELLER, title: 'Maquettes' });
    await save({ ...MODELLER, id: experience.id, revision: 1, title: 'Maquettes de trains' }, org.consultant.actor);
    const stale = await refusal(save({ ...MODELLER, id: experience.id, revision: 1, title: 'Maquettes d’avions' }));
    expect([stale.code, stale.status]).toEqual(['portfolio_stale', 409]);
    const current = (stale.details as { current: ExperienceView }).current;
    expect(current).toMatchObject({
      id: experience.id,
      title: 'Maquettes de trains',
      revision: 2,
      updatedBy: { id: org.consultant.id },
    });
    // Saved again on the current revision, it goes through.
    expect(
      (await save({ ...MODELLER, id: experience.id, revision: 2, title: 'Maquettes d’avions' })).experience.revision,
    ).toBe(3);
  });

  /**
   * 40 saves of one item by both authors at once (`saveOnce` saves a version built on `base`): each
   * writer appends its own line to the version it last read and, on a 409, starts again from the
   * current version the refusal carries. Returns, per revision, who wrote it and its line, and
   * every refusal with what it carried.
   */
  async function raceOnOneItem<V extends { revision: number; updatedBy: { id: string } }>(
    start: { revision: number; text: string },
    saveOnce: (actor: TestUser['actor'], base: { revision: number; text: string }, line: string) => Promise<V>,
    textOf: (view: V) => string,
    lineOf: (writer: number) => string,
  ) {
    const writers = Array.from({ length: 40 }, (_, n) => (n % 2 === 0 ? beneficiary.actor : org.consultant.actor));
    const wins = new Map<number, { writer: number; userId: string; text: string }>();
    const refusals: { writer: number; triedOn: number; current: V }[] = [];
    await Promise.all(
      writers.map(async (actor, n) => {
        let base = start;
        for (;;) {
          try {
            const saved = await saveOnce(actor, base, lineOf(n));
            // Exactly one save wins each revision.
            expect(wins.has(saved.revision), `revision ${saved.revision} won twice`).toBe(false);
            wins.set(saved.revision, { writer: n, userId: saved.updatedBy.id, text: textOf(saved) });
            return;
          } catch (error) {
            if (!(error instanceof AppError) || error.code !== 'portfolio_stale') throw error;
            expect(error.status).toBe(409);
            const current = (error.details as { current: V }).current;
            refusals.push({ writer: n, triedOn: base.revision, current });
            base = { revision: current.revision, text: textOf(current) };
          }
        }
      }),
    );
    return { writers, wins, refusals };
  }

  /** What the race must leave: one winner per revision, whole versions, refusals carrying the current one. */
  function expectCoherentHistory(
    race: Awaited<ReturnType<typeof raceOnOneItem<{ revision: number; updatedBy: { id: string } }>>>,
    start: { revision: number; text: string },
    final: { revision: number; text: string; updatedBy: string },
    textOf: (view: { revision: number; updatedBy: { id: string } }) => string,
    lineOf: (writer: number) => string,
  ) {
    const { writers, wins, refusals } = race;
    const last = start.revision + writers.length;
    // Every revision from the first change to the last was won once, by the one save that returned it.
    expect([...wins.keys()].sort((a, b) => a - b)).toEqual(
      Array.from({ length: writers.length }, (_, k) => start.revision + 1 + k),
    );
    expect(new Set([...wins.values()].map((w) => w.writer)).size).toBe(writers.length);
    // Each version is the previous one plus its writer's line: nothing lost, nothing half-written.
    let expected = start.text;
    for (let revision = start.revision + 1; revision <= last; revision++) {
      const win = wins.get(revision)!;
      expected = `${expected}\n${lineOf(win.writer)}`;
      expect(win.text, `revision ${revision}`).toBe(expected);
      expect(win.userId, `author of revision ${revision}`).toBe(writers[win.writer]!.userId);
    }
    expect(final).toEqual({ revision: last, text: expected, updatedBy: wins.get(last)!.userId });
    // Every loser was told the version saved meanwhile, as it was at that revision, by its author.
    expect(refusals.length).toBeGreaterThan(0);
    for (const refusal of refusals) {
      expect(refusal.current.revision).toBeGreaterThan(refusal.triedOn);
      const win = wins.get(refusal.current.revision)!;
      expect(textOf(refusal.current)).toBe(win.text);
      expect(refusal.current.updatedBy.id).toBe(win.userId);
    }
    // Only one of the first attempts could win.
    expect(refusals.filter((r) => r.triedOn === start.revision)).toHaveLength(writers.length - 1);
  }

  it('gives each revision of an experience to exactly one of 40 saves by both authors, and loses nothing', async () => {
    const { experience } = await save({ ...MODELLER, title: 'Maquettes', achievements: 'Début' });
    const start = { revision: experience.revision, text: 'Début' };
    const textOf = (view: { revision: number }) => (view as ExperienceView).achievements ?? '';
    const lineOf = (n: number) => `ligne ${n}`;
    const race = await raceOnOneItem(
      start,
      async (actor, base, line) =>
        (
          await save(
            {
              ...MODELLER,
              id: experience.id,
              revision: base.revision,
              title: 'Maquettes',
              achievements: `${base.text}\n${line}`,
            },
            actor,
          )
        ).experience,
      textOf,
      lineOf,
    );
    const [saved] = (await getPortfolio(deps, beneficiary.actor, bilanId)).experiences;
    expectCoherentHistory(
      race,
      start,
      { revision: saved!.revision, text: textOf(saved!), updatedBy: saved!.updatedBy.id },
      textOf,
      lineOf,
    );
    // The other fields, written by every save, are whole.
    expect([saved!.title, saved!.employerOrContext, saved!.startedOn]).toEqual([
      'Maquettes',
      'Club de modélisme',
      '2010-01-01',
    ]);
  });

  it('gives each revision of a competence to exactly one of 40 saves by both authors, with its evidence whole', async () => {
    const { experience } = await save({ ...MODELLER, title: 'Maquettes' });
    const { experience: other } = await save({ ...MODELLER, title: 'Trains', startedOn: '2012-01-01' });
    const saveAs = (actor: TestUser['actor'], input: CompetenceInput) =>
      saveCompetence(deps, actor, bilanId, CompetenceSchema.parse(input));
    const { competence } = await saveAs(beneficiary.actor, {
      kind: 'savoir_faire',
      label: 'Coller',
      experienceIds: [experience.id],
    });
    // A label is one line (at most 200 characters): each writer appends its number, after a space.
    const textOf = (view: { revision: number }) => (view as CompetenceView).label.replaceAll(' ', '\n');
    const lineOf = (n: number) => String(n);
    const start = { revision: competence.revision, text: 'Coller' };
    const race = await raceOnOneItem(
      start,
      async (actor, base, line) =>
        (
          await saveAs(actor, {
            id: competence.id,
            revision: base.revision,
            kind: 'savoir_faire',
            label: `${base.text}\n${line}`.replaceAll('\n', ' '),
            // Each writer names both experiences, in an order of its own.
            experienceIds: Number(line) % 2 === 0 ? [other.id, experience.id] : [experience.id, other.id],
            level: 2,
          })
        ).competence,
      textOf,
      lineOf,
    );
    const saved = (await getPortfolio(deps, beneficiary.actor, bilanId)).competences;
    expect(saved).toHaveLength(1);
    expectCoherentHistory(
      race,
      start,
      { revision: saved[0]!.revision, text: textOf(saved[0]!), updatedBy: saved[0]!.updatedBy.id },
      textOf,
      lineOf,
    );
    expect([[...saved[0]!.experienceIds].sort(), saved[0]!.level]).toEqual([[experience.id, other.id].sort(), 2]);
    expect(
      await deps.db
        .selectFrom('portfolio_evidence')
        .select('experience_id')
        .where('competence_id', '=', competence.id)
        .execute(),
    ).toHaveLength(2);
  });

  it('makes one competence of 40 decisions at once on the same ROME proposal, kept or set aside by both authors', async () => {
    const { experience } = await save(MODELLER);
    const decisions = await Promise.all(
      Array.from({ length: 40 }, (_, n) =>
        decideProposals(
          deps,
          n % 2 === 0 ? beneficiary.actor : org.consultant.actor,
          bilanId,
          experience.id,
          DecideProposalsSchema.parse(n % 4 < 2 ? { keep: ['5001'] } : { reject: ['5001'] }),
        ),
      ),
    );
    // One decision created it; the other keeps linked that same competence.
    const created = decisions.flatMap((d) => d.created);
    expect(created.map((c) => [c.label, c.rome?.codeOgr, c.origin, c.experienceIds])).toEqual([
      ['Assembler des maquettes', '5001', 'rome', [experience.id]],
    ]);
    const keeps = decisions.filter((_, n) => n % 4 < 2);
    expect(keeps.flatMap((d) => d.linked).filter((id) => id !== created[0]!.id)).toEqual([]);
    expect(keeps.flatMap((d) => d.linked)).toHaveLength(keeps.length - 1);
    const portfolio = await getPortfolio(deps, beneficiary.actor, bilanId);
    expect(portfolio.competences.map((c) => [c.label, c.rome?.codeOgr, c.experienceIds])).toEqual([
      ['Assembler des maquettes', '5001', [experience.id]],
    ]);
    expect(
      await deps.db.selectFrom('portfolio_evidence').select('competence_id').where('bilan_id', '=', bilanId).execute(),
    ).toHaveLength(1);
    // A rejection is remembered at most once.
    expect(
      (
        await deps.db
          .selectFrom('portfolio_rejected_proposals')
          .select('proposal')
          .where('bilan_id', '=', bilanId)
          .execute()
      ).length,
    ).toBeLessThanOrEqual(1);
  });
});
