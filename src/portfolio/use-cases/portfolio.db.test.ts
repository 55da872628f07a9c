/**
 * The portfolio on the database (issue 12, decision 038): experiences and competences saved by
 * both people with who changed them, titles and labels from the ROME catalogue (the synthetic
 * export of the catalogue's tests), the refusals of the issue's bad-input list with a French
 * message on the field and nothing changed, domains, comments, the export, a closed bilan, the
 * database's own guards (same bilan, cascade), and who may reach it.
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
import {
  CommentSchema,
  CompetenceSchema,
  DomainSchema,
  ExperienceSchema,
  type CompetenceInput,
  type ExperienceInput,
} from '../contracts/schemas.ts';
import { addComment } from './add-comment.ts';
import { deleteCompetence } from './delete-competence.ts';
import { deleteDomain } from './delete-domain.ts';
import { deleteExperience } from './delete-experience.ts';
import { exportPortfolio } from './export-portfolio.ts';
import { getPortfolio } from './get-portfolio.ts';
import { reorderPortfolio } from './reorder-portfolio.ts';
import { saveCompetence } from './save-competence.ts';
import { saveDomain } from './save-domain.ts';
import { saveExperience } from './save-experience.ts';
import { refusal } from '../../../tests/support/refusal.ts';

let deps: TestDeps;
let org: TestOrganisation;
let beneficiary: TestUser;
let bilanId: string;

const JOB: ExperienceInput = {
  kind: 'professional',
  title: 'Agente d’accueil',
  employerOrContext: 'Mairie de Lyon',
  startedOn: '2015-09-01',
  endedOn: '2019-06-30',
  activities: 'Accueil physique et téléphonique.',
  achievements: 'Situation : file d’attente. Action : prise de rendez-vous. Résultat : attente divisée par deux.',
  satisfaction: 4,
};

const experience = (input: ExperienceInput = JOB, actor = beneficiary.actor, bilan = bilanId) =>
  saveExperience(deps, actor, bilan, ExperienceSchema.parse(input));
const competence = (input: CompetenceInput, actor = beneficiary.actor, bilan = bilanId) =>
  saveCompetence(deps, actor, bilan, CompetenceSchema.parse(input));

const PORTFOLIO_TABLES = [
  'portfolio_experiences',
  'portfolio_competences',
  'portfolio_domains',
  'portfolio_evidence',
  'portfolio_rejected_proposals',
  'portfolio_comments',
  'audit_events',
];
const tables = async () => {
  const all = await snapshotTables(deps.db);
  return Object.fromEntries(PORTFOLIO_TABLES.map((t) => [t, all[t]]));
};

beforeAll(async () => {
  deps = testDeps();
  const catalog = buildRomeCatalog(assembleExportInput(syntheticExportFiles()));
  await importRomeCatalogue(deps, catalog, 'export synthétique');
});

beforeEach(async () => {
  deps.clock.set('2026-11-23T09:00:00Z');
  org = await createOrganisation(deps);
  beneficiary = await createUser(deps, org.id, 'beneficiary');
  bilanId = await insertBilan(deps, org, beneficiary);
});

describe('experiences', () => {
  it('saves, changes and deletes an experience, saying who changed it and when', async () => {
    const { experience: created } = await experience();
    expect(created).toMatchObject({
      kind: 'professional',
      title: 'Agente d’accueil',
      appellation: null,
      employerOrContext: 'Mairie de Lyon',
      startedOn: '2015-09-01',
      endedOn: '2019-06-30',
      liked: null,
      satisfaction: 4,
      position: 0,
      revision: 1,
      createdAt: '2026-11-23T09:00:00.000Z',
      createdBy: { id: beneficiary.id, role: 'beneficiary' },
      updatedBy: { id: beneficiary.id },
      competenceIds: [],
    });
    expect(created.createdBy.name).toMatch(/^Bruno beneficiary-/);
    deps.clock.advance(60_000);
    const { experience: changed } = await experience(
      { ...JOB, id: created.id, revision: 1, endedOn: '', liked: '  Le contact  ', satisfaction: null },
      org.consultant.actor,
    );
    expect(changed).toMatchObject({
      id: created.id,
      endedOn: null,
      liked: 'Le contact',
      satisfaction: null,
      revision: 2,
      createdBy: { id: beneficiary.id },
      updatedBy: { id: org.consultant.id, role: 'consultant' },
      updatedAt: '2026-11-23T09:01:00.000Z',
    });
    const { experience: second } = await experience({ ...JOB, title: 'Bénévole', kind: 'volunteer' });
    expect(second.position).toBe(1);
    const read = await getPortfolio(deps, org.consultant.actor, bilanId);
    expect(read.editable).toBe(true);
    expect(read.experiences.map((e) => e.id)).toEqual([created.id, second.id]);
    expect(await getPortfolio(deps, beneficiary.actor, bilanId)).toEqual(read);
    await reorderPortfolio(deps, beneficiary.actor, bilanId, { list: 'experiences', ids: [second.id] });
    expect((await getPortfolio(deps, beneficiary.actor, bilanId)).experiences.map((e) => [e.id, e.position])).toEqual([
      [second.id, 0],
      [created.id, 1],
    ]);
    await deleteExperience(deps, org.consultant.actor, bilanId, created.id);
    expect((await getPortfolio(deps, beneficiary.actor, bilanId)).experiences.map((e) => e.id)).toEqual([second.id]);
    const audit = await deps.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('bilan_id', '=', bilanId)
      .orderBy('id')
      .execute();
    // The consultant's read of the portfolio is audited (decision 049); the beneficiary's are not.
    expect(audit).toEqual([
      { action: 'content.read', details: { category: 'portfolio' } },
      { action: 'portfolio.experience_deleted', details: { comments: 0, evidence: 0 } },
    ]);
  });

  it('takes the title from the ROME appellation when none is typed', async () => {
    const { experience: saved } = await experience({ ...JOB, title: '', appellationCode: '7002' });
    expect(saved).toMatchObject({
      title: 'Modéliste ferroviaire',
      appellation: { codeOgr: '7002', label: 'Modéliste ferroviaire' },
    });
    // A typed title wins.
    const { experience: typed } = await experience({ ...JOB, appellationCode: '7002' });
    expect(typed.title).toBe('Agente d’accueil');
  });

  it('refuses the bad input of the issue with a French message on the field, changing nothing', async () => {
    const { experience: saved } = await experience();
    const before = await tables();
    const cases: [ExperienceInput, Record<string, string>][] = [
      [
        { ...JOB, startedOn: '2020-01-01', endedOn: '2019-12-31' },
        { endedOn: 'La date de fin ne peut pas être antérieure à la date de début.' },
      ],
      [
        { ...JOB, startedOn: '2026-11-24', endedOn: null },
        { startedOn: 'La date de début ne peut pas être dans le futur.' },
      ],
      [
        { ...JOB, appellationCode: '999999', title: '' },
        {
          appellationCode:
            'Le code ROME 999999 ne correspond à aucun métier du catalogue : choisissez le métier dans la liste, ou écrivez l’intitulé.',
        },
      ],
    ];
    for (const [input, fields] of cases) {
      expect((await refusal(experience(input))).fields).toEqual(fields);
      expect((await refusal(experience({ ...input, id: saved.id, revision: 1 }))).fields).toEqual(fields);
    }
    // Today (in Paris) is not the future.
    const parsed = ExperienceSchema.safeParse({ ...JOB, achievements: 'x'.repeat(10_000) });
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'achievements',
        'Le texte des réalisations ne doit pas dépasser 5\u00a0000 caractères (10\u00a0000 saisis) : raccourcissez le texte.',
      ],
    ]);
    expect(ExperienceSchema.safeParse({ ...JOB, startedOn: '2019-02-30' }).error?.issues[0]?.message).toBe(
      'Cette date n’existe pas dans le calendrier : vérifiez le jour et le mois.',
    );
    expect(ExperienceSchema.safeParse({ ...JOB, title: 'Accueil\u0000' }).error?.issues[0]?.path).toEqual(['title']);
    expect(ExperienceSchema.safeParse({ ...JOB, activities: 'Accueil \uD800' }).error?.issues[0]?.path).toEqual([
      'activities',
    ]);
    expect(ExperienceSchema.safeParse({ ...JOB, title: '' }).error?.issues.map((i) => i.message)).toEqual([
      'Indiquez l’intitulé de l’expérience, ou choisissez un métier dans le ROME.',
    ]);
    expect(await tables()).toEqual(before);
    await experience({ ...JOB, startedOn: '2026-11-23', endedOn: null });
    // The database refuses a period that ends before it starts, whatever the caller.
    await expect(
      deps.db.updateTable('portfolio_experiences').set({ ended_on: '2000-01-01' }).where('id', '=', saved.id).execute(),
    ).rejects.toThrow(/portfolio_experiences_period_order/);
  });
});

describe('competences', () => {
  it('saves a free competence and a ROME one, with level, evidence and domain, and refuses the same one twice', async () => {
    const { experience: job } = await experience();
    const { domain } = await saveDomain(deps, beneficiary.actor, bilanId, DomainSchema.parse({ label: 'Relation' }));
    const { competence: free } = await competence({
      kind: 'savoir_etre',
      label: 'Travail d’équipe',
      level: 3,
      wantsToUse: true,
      transferable: true,
      domainId: domain.id,
      experienceIds: [job.id],
    });
    expect(free).toMatchObject({
      kind: 'savoir_etre',
      label: 'Travail d’équipe',
      rome: null,
      level: 3,
      wantsToUse: true,
      transferable: true,
      origin: 'declared',
      domainId: domain.id,
      experienceIds: [job.id],
      revision: 1,
    });
    const { competence: rome } = await competence({ codeOgr: '5002', level: 2 }, org.consultant.actor);
    expect(rome).toMatchObject({
      kind: 'savoir_faire',
      label: 'Coller des pièces miniatures',
      rome: { codeOgr: '5002', label: 'Coller des pièces miniatures' },
      updatedBy: { id: org.consultant.id },
    });
    expect((await competence({ codeOgr: '6001' })).competence.kind).toBe('savoir');
    expect((await getPortfolio(deps, beneficiary.actor, bilanId)).experiences[0]!.competenceIds).toEqual([free.id]);
    const elsewhere = await insertBilan(deps, org, await createUser(deps, org.id, 'beneficiary', 'autre'));
    const { experience: foreign } = await experience(JOB, org.consultant.actor, elsewhere);

    const before = await tables();
    const duplicate = await refusal(competence({ kind: 'savoir_etre', label: '  TRAVAIL D’EQUIPE ' }));
    expect({
      code: duplicate.code,
      status: duplicate.status,
      fields: duplicate.fields,
      details: duplicate.details,
    }).toEqual({
      code: 'portfolio_duplicate_competence',
      status: 409,
      fields: {
        label:
          '« Travail d’équipe » figure déjà dans le portefeuille : complétez-la plutôt que de l’ajouter une seconde fois.',
      },
      details: { existingId: free.id },
    });
    expect(
      (await refusal(competence({ kind: 'savoir_faire', label: 'Autre libellé', codeOgr: '5002' }))).fields,
    ).toEqual({
      codeOgr:
        '« Coller des pièces miniatures » figure déjà dans le portefeuille : complétez-la plutôt que de l’ajouter une seconde fois.',
    });
    // Renaming one onto another is the same refusal.
    expect(
      (await refusal(competence({ id: rome.id, revision: 1, kind: 'savoir_faire', label: 'travail d’équipe' }))).code,
    ).toBe('portfolio_duplicate_competence');
    expect((await refusal(competence({ codeOgr: '424242' }))).fields).toEqual({
      codeOgr:
        'Le code ROME 424242 ne correspond à aucune compétence ni à aucun savoir du catalogue : choisissez-la dans la liste, ou écrivez-la avec vos mots.',
    });
    expect((await refusal(competence({ codeOgr: '5002', kind: 'savoir_etre' }))).fields).toEqual({
      kind: '« Coller des pièces miniatures » est un savoir-faire dans le ROME : choisissez « Savoir-faire ».',
    });
    expect((await refusal(competence({ kind: 'savoir', label: 'Droit', experienceIds: [foreign.id] }))).fields).toEqual(
      {
        experienceIds: 'Une des expériences choisies n’existe plus dans le portefeuille : rechargez la page.',
      },
    );
    expect(CompetenceSchema.safeParse({ kind: 'savoir', label: 'Droit', level: 5 }).error?.issues[0]?.message).toBe(
      'Choisissez un niveau de 1 à 4.',
    );
    expect(await tables()).toEqual(before);

    // Deleting the domain keeps its competences; deleting the experience keeps the competence it proved.
    await deleteDomain(deps, beneficiary.actor, bilanId, domain.id);
    await deleteExperience(deps, beneficiary.actor, bilanId, job.id);
    const after = (await getPortfolio(deps, beneficiary.actor, bilanId)).competences.find((c) => c.id === free.id);
    expect(after).toMatchObject({ domainId: null, experienceIds: [] });
    await deleteCompetence(deps, beneficiary.actor, bilanId, free.id);
    expect((await getPortfolio(deps, beneficiary.actor, bilanId)).competences.map((c) => c.label)).toEqual([
      'Coller des pièces miniatures',
      'Techniques de collage',
    ]);
  });

  it('refuses a second domain of the same name', async () => {
    await saveDomain(deps, beneficiary.actor, bilanId, DomainSchema.parse({ label: 'Gestion', macroCodeOgr: '5001' }));
    const refused = await refusal(
      saveDomain(deps, beneficiary.actor, bilanId, DomainSchema.parse({ label: 'GESTION' })),
    );
    expect([refused.code, refused.fields]).toEqual([
      'portfolio_duplicate_domain',
      { label: 'Le domaine « Gestion » existe déjà : choisissez un autre nom.' },
    ]);
    expect(
      (
        await refusal(
          saveDomain(deps, beneficiary.actor, bilanId, DomainSchema.parse({ label: 'X', macroCodeOgr: '5002' })),
        )
      ).fields,
    ).toEqual({ macroCodeOgr: 'Le code ROME 5002 ne correspond à aucune macro-compétence du catalogue.' });
  });
});

describe('comments, export and the end of the bilan', () => {
  it('keeps comments by both people, exports the portfolio as JSON, and refuses changes once the bilan has ended', async () => {
    const { experience: job } = await experience({ ...JOB, appellationCode: '7001' });
    const { competence: c } = await competence({ codeOgr: '5001', level: 4, experienceIds: [job.id] });
    const { comment } = await addComment(
      deps,
      org.consultant.actor,
      bilanId,
      CommentSchema.parse({ experienceId: job.id, body: 'Beau parcours.' }),
    );
    expect(comment).toMatchObject({
      target: { type: 'experience', id: job.id },
      body: 'Beau parcours.',
      author: { id: org.consultant.id },
    });
    deps.clock.advance(1000);
    await addComment(deps, beneficiary.actor, bilanId, CommentSchema.parse({ body: 'Merci !' }));
    expect((await getPortfolio(deps, beneficiary.actor, bilanId)).comments.map((m) => m.target.type)).toEqual([
      'experience',
      'portfolio',
    ]);
    expect(CommentSchema.safeParse({ body: 'x'.repeat(2001) }).error?.issues[0]?.message).toBe(
      'Le commentaire ne doit pas dépasser 2\u00a0000 caractères (2\u00a0001 saisis) : raccourcissez le texte.',
    );

    const file = await exportPortfolio(deps, beneficiary.actor, bilanId);
    expect(file).toMatchObject({ filename: 'portefeuille-de-competences.json', disposition: 'attachment' });
    const exported = JSON.parse(new TextDecoder().decode(file.bytes));
    expect(exported).toMatchObject({
      format: 'sillage.portfolio',
      version: 1,
      bilanId,
      experiences: [{ id: job.id, kindLabel: 'Expérience professionnelle', romeAppellation: { codeOgr: '7001' } }],
      competences: [
        { id: c.id, label: 'Assembler des maquettes', levelLabel: 'Expert·e, peut transmettre', provenBy: [job.id] },
      ],
      comments: [{ body: 'Beau parcours.' }, { body: 'Merci !' }],
    });

    await deps.db.updateTable('bilans').set({ phase: 'cloture' }).where('id', '=', bilanId).execute();
    const before = await tables();
    for (const attempt of [
      () => experience({ ...JOB, id: job.id, revision: 1 }),
      () => experience(),
      () => deleteExperience(deps, beneficiary.actor, bilanId, job.id),
      () => competence({ kind: 'savoir', label: 'Nouveau' }),
      () => deleteCompetence(deps, org.consultant.actor, bilanId, c.id),
      () => saveDomain(deps, beneficiary.actor, bilanId, DomainSchema.parse({ label: 'Nouveau' })),
      () => reorderPortfolio(deps, beneficiary.actor, bilanId, { list: 'competences', ids: [c.id] }),
      () => addComment(deps, org.consultant.actor, bilanId, CommentSchema.parse({ body: 'Trop tard' })),
    ])
      expect((await refusal(attempt())).code).toBe('bilan_closed');
    expect(await tables()).toEqual(before);
    const read = await getPortfolio(deps, beneficiary.actor, bilanId);
    expect([read.editable, read.experiences.length, read.competences.length]).toEqual([false, 1, 1]);
  });

  it('goes with its bilan, and never links an experience and a competence of two bilans', async () => {
    const { experience: job } = await experience();
    const { competence: c } = await competence({ kind: 'savoir', label: 'Droit', experienceIds: [job.id] });
    const otherBilan = await insertBilan(deps, org, await createUser(deps, org.id, 'beneficiary', 'autre'));
    const { experience: foreign } = await experience(JOB, org.consultant.actor, otherBilan);
    for (const bilan of [bilanId, otherBilan])
      await expect(
        deps.db
          .insertInto('portfolio_evidence')
          .values({ organisation_id: org.id, bilan_id: bilan, competence_id: c.id, experience_id: foreign.id })
          .execute(),
      ).rejects.toMatchObject({ code: '23503' });
    await addComment(deps, beneficiary.actor, bilanId, CommentSchema.parse({ competenceId: c.id, body: 'À préciser' }));
    await deps.db.deleteFrom('bilans').where('id', '=', bilanId).execute();
    for (const table of PORTFOLIO_TABLES.filter((t) => t !== 'audit_events')) {
      const rows = await deps.db
        .selectFrom(table as 'portfolio_experiences')
        .select('bilan_id')
        .where('bilan_id', '=', bilanId)
        .execute();
      expect({ table, rows }).toEqual({ table, rows: [] });
    }
  });
});

describe('who may reach it', () => {
  it('lets the beneficiary and their consultant in; 403 for admins, 404 for everyone else, nothing changed', async () => {
    const { experience: job } = await experience();
    const { competence: c } = await competence({ kind: 'savoir', label: 'Droit' });
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
      expect((await refusal(getPortfolio(deps, actor, bilanId))).code).toBe(code);
      expect((await refusal(experience({ ...JOB, id: job.id, revision: 1 }, actor))).code).toBe(code);
      expect((await refusal(deleteExperience(deps, actor, bilanId, job.id))).code).toBe(code);
      expect((await refusal(deleteCompetence(deps, actor, bilanId, c.id))).code).toBe(code);
      expect((await refusal(exportPortfolio(deps, actor, bilanId))).code).toBe(code);
    }
    // Their own bilan does not open the door to this one's items.
    expect((await refusal(deleteExperience(deps, otherBeneficiary.actor, otherBilan, job.id))).code).toBe('not_found');
    expect(
      (await refusal(experience({ ...JOB, id: job.id, revision: 1 }, otherBeneficiary.actor, otherBilan))).code,
    ).toBe('not_found');
    // An id taken in another organisation cannot be created again (nor revealed).
    expect((await refusal(experience({ ...JOB, id: job.id }, elsewhereBeneficiary.actor, elsewhereBilan))).code).toBe(
      'not_found',
    );
    expect(await tables()).toEqual(before);
  });
});
