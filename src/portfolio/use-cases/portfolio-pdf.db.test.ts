/**
 * The printable portfolio (issue 12, decision 038), rendered by Typst and read back with
 * pdftotext: the beneficiary's words with their accents, the parcours in chronological order, the
 * competences by domain with their level's anchor, the ROME credit and no code or id; a long text
 * kept whole; an empty portfolio saying so; 60 experiences and 300 competences; who may download
 * it, also after the bilan has ended; the download audited.
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
import { PDFTOTEXT_MISSING, pdfImages, pdfText } from '../../../tests/support/pdf-text.ts';
import { samplePng } from '../../../tests/support/sample-images.ts';
import { buildRomeCatalog } from '../../catalog/domain/rome/build-catalog.ts';
import { assembleExportInput } from '../../catalog/domain/rome/export-input.ts';
import { syntheticExportFiles } from '../../catalog/domain/rome/synthetic-export.fixture.ts';
import { importRomeCatalogue } from '../../catalog/use-cases/import-rome-catalogue.ts';
import { uploadLogo } from '../../organisation/use-cases/upload-logo.ts';
import { AppError } from '../../shared/errors.ts';
import { CompetenceSchema, DomainSchema, ExperienceSchema, type ExperienceInput } from '../contracts/schemas.ts';
import { EMPTY_PORTFOLIO_SENTENCE, ROME_SOURCE_CREDIT } from '../domain/portfolio-pdf.ts';
import { exportPortfolioPdf } from './export-portfolio-pdf.ts';
import { saveCompetence } from './save-competence.ts';
import { saveDomain } from './save-domain.ts';
import { saveExperience } from './save-experience.ts';

let deps: TestDeps;
let org: TestOrganisation;
let beneficiary: TestUser;
let bilanId: string;

const flat = (text: string) => text.replace(/\s+/g, ' ');
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

const experience = (input: ExperienceInput, actor = beneficiary.actor) =>
  saveExperience(deps, actor, bilanId, ExperienceSchema.parse(input));

async function printed(actor = beneficiary.actor) {
  const file = await exportPortfolioPdf(deps, actor, bilanId);
  expect(file).toMatchObject({
    filename: 'mon-parcours-et-mes-competences.pdf',
    contentType: 'application/pdf',
    disposition: 'attachment',
  });
  return { pdf: file.bytes, text: flat(pdfText(file.bytes)) };
}

beforeAll(async () => {
  deps = testDeps();
  const catalog = buildRomeCatalog(assembleExportInput(syntheticExportFiles()));
  await importRomeCatalogue(deps, catalog, 'export synthétique');
});

beforeEach(async () => {
  deps.clock.set('2026-11-23T09:00:00Z');
  org = await createOrganisation(deps);
  beneficiary = await createUser(deps, org.id, 'beneficiary');
  await deps.db
    .updateTable('users')
    .set({ first_name: 'Zoé', last_name: 'L’Hôte-Bénédicte' })
    .where('id', '=', beneficiary.id)
    .execute();
  bilanId = await insertBilan(deps, org, beneficiary);
});

describe.skipIf(Boolean(PDFTOTEXT_MISSING))('the printable portfolio', () => {
  it('prints the parcours in order and the competences by domain, in French words only, with the ROME credit', async () => {
    await uploadLogo(deps, org.admin.actor, samplePng(150, 50));
    const longText = `${'Accueil des usagers, orientation et suivi des dossiers. '.repeat(85)}Fin du très long texte.`;
    expect(longText.length).toBeGreaterThan(4_700);
    // Saved newest first: the PDF puts them in chronological order.
    const { experience: recent } = await experience({
      kind: 'volunteer',
      title: 'Trésorière d’association',
      employerOrContext: 'Les Amis du Théâtre',
      startedOn: '2021-03-01',
      endedOn: null,
      liked: 'Être utile, à mon rythme.',
      satisfaction: 5,
    });
    const { experience: job } = await experience({
      kind: 'professional',
      title: '',
      appellationCode: '7001',
      employerOrContext: 'Mairie de Lyon',
      startedOn: '2015-09-01',
      endedOn: '2019-06-30',
      activities: 'Accueil physique et téléphonique.\nPrise de rendez-vous.',
      achievements: longText,
      disliked: 'Les horaires décalés.',
      satisfaction: 2,
    });
    const { domain } = await saveDomain(
      deps,
      beneficiary.actor,
      bilanId,
      DomainSchema.parse({ label: 'Relation aux usagers' }),
    );
    await saveCompetence(
      deps,
      beneficiary.actor,
      bilanId,
      CompetenceSchema.parse({
        codeOgr: '5001',
        level: 4,
        wantsToUse: true,
        transferable: true,
        domainId: domain.id,
        experienceIds: [job.id, recent.id],
      }),
    );
    await saveCompetence(
      deps,
      org.consultant.actor,
      bilanId,
      CompetenceSchema.parse({ kind: 'savoir_etre', label: 'Sens de l’écoute', level: 2, wantsToUse: false }),
    );

    const { pdf, text } = await printed();
    expect(pdfImages(pdf)).toEqual([{ page: 1, width: 150, height: 50 }]);
    for (const expected of [
      'Mon parcours et mes compétences',
      'Zoé L’Hôte-Bénédicte',
      org.name,
      'Édité le 23 novembre 2026',
      // The parcours.
      '1. Maquettiste / Maquettiste en modèles réduits',
      'De septembre 2015 à juin 2019',
      'Expérience professionnelle',
      'Employeur ou contexte Mairie de Lyon',
      'Accueil physique et téléphonique. Prise de rendez-vous.',
      'Fin du très long texte.',
      'Ce que j’ai moins aimé Les horaires décalés.',
      'Satisfaction 2 sur 5',
      '2. Trésorière d’association',
      'Depuis mars 2021',
      'Bénévolat',
      'Les Amis du Théâtre',
      'Ce que j’ai aimé Être utile, à mon rythme.',
      'Satisfaction 5 sur 5',
      // The competences, by domain.
      'Relation aux usagers',
      'Assembler des maquettes',
      'Expert·e, peut transmettre — Je le maîtrise au point de l’enseigner',
      'Transférable Oui',
      'Souhaite la mobiliser Oui',
      'Prouvée par 1. Maquettiste / Maquettiste en modèles réduits (de septembre 2015 à juin 2019) 2. Trésorière d’association (depuis mars 2021)',
      'Autres compétences',
      'Sens de l’écoute',
      'Savoir-être',
      'Pratique accompagnée — Je l’ai fait avec de l’aide',
      'Souhaite la mobiliser Non',
      ROME_SOURCE_CREDIT,
    ])
      expect(text).toContain(expected);
    // The whole long text, its sentences in order.
    const footer =
      /Zoé L’Hôte-Bénédicte — Mon parcours et mes compétences — bilan de compétences avec .*? Page \d sur \d /g;
    expect(text.replace(footer, '').split('Accueil des usagers, orientation et suivi des dossiers.').length - 1).toBe(
      85,
    );
    expect(text.indexOf('1. Maquettiste')).toBeLessThan(text.indexOf('2. Trésorière'));
    expect(text.indexOf('Relation aux usagers')).toBeLessThan(text.indexOf('Assembler des maquettes'));
    expect(text.indexOf('Assembler des maquettes')).toBeLessThan(text.indexOf('Autres compétences'));
    // No technical words: no codes, ids or hashes.
    expect(text).not.toMatch(UUID);
    expect(text).not.toMatch(/\b(7001|5001)\b/);
    expect(text).not.toMatch(/[0-9a-f]{16}/);

    const audit = await deps.db
      .selectFrom('audit_events')
      .select(['action', 'details', 'actor_user_id'])
      .where('bilan_id', '=', bilanId)
      .execute();
    expect(audit).toEqual([
      { action: 'portfolio.printed', details: { experiences: 2, competences: 2 }, actor_user_id: beneficiary.id },
    ]);
  });

  it('says that an empty portfolio is empty, and prints no ROME credit without ROME items', async () => {
    const empty = await printed(org.consultant.actor);
    expect(empty.text).toContain('Mon parcours et mes compétences');
    expect(empty.text).toContain(EMPTY_PORTFOLIO_SENTENCE);
    expect(empty.text).not.toContain('Source : France Travail');

    await experience({ kind: 'personal', title: 'Aidant familial', startedOn: '2010-01-01', endedOn: '2012-12-31' });
    const some = await printed();
    expect(some.text).toContain('Aucune compétence n’est encore enregistrée.');
    expect(some.text).toContain('Vie personnelle');
    expect(some.text).not.toContain(EMPTY_PORTFOLIO_SENTENCE);
    expect(some.text).not.toContain('Source : France Travail');
  });

  it('prints 60 experiences and 300 competences', { timeout: 120_000 }, async () => {
    const ids: string[] = [];
    for (let n = 0; n < 60; n++) {
      const { experience: saved } = await experience({
        kind: 'professional',
        title: `Expérience numéro ${n + 1}`,
        employerOrContext: `Employeur ${n + 1}`,
        startedOn: `${1960 + n}-01-01`,
        endedOn: `${1960 + n}-12-31`,
        activities: 'Situation, tâche, action et résultat. '.repeat(20),
        satisfaction: 1 + (n % 5),
      });
      ids.push(saved.id);
    }
    const { domain } = await saveDomain(deps, beneficiary.actor, bilanId, DomainSchema.parse({ label: 'Gestion' }));
    for (let n = 0; n < 300; n++)
      await saveCompetence(
        deps,
        beneficiary.actor,
        bilanId,
        CompetenceSchema.parse({
          kind: 'savoir_faire',
          label: `Compétence numéro ${n + 1}`,
          level: 1 + (n % 4),
          transferable: n % 2 === 0,
          domainId: n % 2 === 0 ? domain.id : null,
          experienceIds: [ids[n % 60]!, ids[(n * 7) % 60]!],
        }),
      );
    const { text } = await printed();
    expect(text).toContain('60. Expérience numéro 60');
    for (const n of [1, 150, 299, 300]) expect(text).toContain(`Compétence numéro ${n} `);
    expect(text).toContain('Page 1 sur');
  });

  it('is for the beneficiary and the consultant only, and still there once the bilan has ended', async () => {
    await experience({
      kind: 'training',
      title: 'BTS Assistant de gestion',
      startedOn: '2012-09-01',
      endedOn: '2014-06-30',
    });
    await deps.db.updateTable('bilans').set({ phase: 'cloture' }).where('id', '=', bilanId).execute();
    expect((await printed(org.consultant.actor)).text).toContain('BTS Assistant de gestion');
    const otherConsultant = await createUser(deps, org.id, 'consultant', 'autre');
    const otherBeneficiary = await createUser(deps, org.id, 'beneficiary', 'autre');
    const elsewhere = await createOrganisation(deps);
    for (const [actor, code] of [
      [org.admin.actor, 'forbidden'],
      [elsewhere.admin.actor, 'forbidden'],
      [otherConsultant.actor, 'not_found'],
      [otherBeneficiary.actor, 'not_found'],
      [elsewhere.consultant.actor, 'not_found'],
    ] as const) {
      const error = await exportPortfolioPdf(deps, actor, bilanId).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe(code);
    }
    const audited = await deps.db
      .selectFrom('audit_events')
      .select('action')
      .where('bilan_id', '=', bilanId)
      .where('action', '=', 'portfolio.printed')
      .execute();
    expect(audited).toHaveLength(1);
  });
});
