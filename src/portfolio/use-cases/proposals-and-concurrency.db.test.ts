/**
 * ROME proposals for an experience, on the synthetic export of the catalogue's tests (grouped by
 * macro-compétence, core ones first, without what the portfolio holds or the person rejected;
 * kept in one transaction as competences proven by the experience), and the two authors saving
 * at once: a stale revision answers 409 with the current version, and 20 concurrent saves of one
 * item lose no update.
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

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

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

  it('loses no update when 20 saves of the same experience arrive together', async () => {
    const { experience } = await save({ ...MODELLER, title: 'Maquettes', achievements: 'Début' });
    const writers = Array.from({ length: 20 }, (_, n) => (n % 2 === 0 ? beneficiary.actor : org.consultant.actor));
    // Each writer appends its line to what it last read, and tries again on a 409 with the current version.
    const outcomes = await Promise.all(
      writers.map(async (actor, n) => {
        let base = { revision: 1, achievements: 'Début' };
        for (let attempt = 0; ; attempt++) {
          try {
            await save(
              {
                ...MODELLER,
                id: experience.id,
                revision: base.revision,
                title: 'Maquettes',
                achievements: `${base.achievements}\nligne ${n}`,
              },
              actor,
            );
            return attempt;
          } catch (error) {
            if (!(error instanceof AppError) || error.code !== 'portfolio_stale') throw error;
            const current = (error.details as { current: ExperienceView }).current;
            base = { revision: current.revision, achievements: current.achievements ?? '' };
          }
        }
      }),
    );
    const [saved] = (await getPortfolio(deps, beneficiary.actor, bilanId)).experiences;
    expect(saved!.revision).toBe(21);
    const lines = saved!.achievements!.split('\n');
    expect(lines[0]).toBe('Début');
    expect(lines.slice(1).sort()).toEqual(Array.from({ length: 20 }, (_, n) => `ligne ${n}`).sort());
    // Only one of the first attempts could win.
    expect(outcomes.filter((attempts) => attempts === 0)).toHaveLength(1);
  });
});
