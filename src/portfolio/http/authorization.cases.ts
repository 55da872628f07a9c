/** The authorisation matrix's cases for this capability's routes (run by `src/app/authorization.db.test.ts`). */
import { EVERYONE, authorizationCases, unique } from '../../../tests/support/authorization.ts';
import { AssignQuestionnaireSchema } from '../../questionnaires/contracts/schemas.ts';
import { assignQuestionnaire } from '../../questionnaires/use-cases/assign-questionnaire.ts';
import { submitQuestionnaire } from '../../questionnaires/use-cases/submit-questionnaire.ts';
import { CompetenceSchema, DomainSchema, ExperienceSchema } from '../contracts/schemas.ts';
import { saveCompetence } from '../use-cases/save-competence.ts';
import { saveDomain } from '../use-cases/save-domain.ts';
import { saveExperience } from '../use-cases/save-experience.ts';
import { readWorksheetImport } from '../use-cases/worksheet-import/read-worksheet-import.ts';

const EXPERIENCE = { kind: 'professional', title: 'Agent d’accueil', startedOn: '2015-09-01', endedOn: '2019-06-30' };

export const portfolioAuthorization = authorizationCases({
  async setUp(w) {
    const actor = w.users.beneficiaryA.actor;
    const experience = async () =>
      (await saveExperience(w.deps, actor, w.bilanA, ExperienceSchema.parse(EXPERIENCE))).experience.id;
    const competence = async (label: string) =>
      (await saveCompetence(w.deps, actor, w.bilanA, CompetenceSchema.parse({ kind: 'savoir_etre', label }))).competence
        .id;
    const domain = async (label: string) =>
      (await saveDomain(w.deps, actor, w.bilanA, DomainSchema.parse({ label }))).domain.id;
    // One item to delete per person asking: each call of a delete case names a fresh one.
    const many = async (make: (n: number) => Promise<string>) => {
      const ids: string[] = [];
      for (let n = 0; n < EVERYONE.length; n++) ids.push(await make(n));
      return ids;
    };
    // The career-history worksheet answered: one period to import (idempotent, so every call succeeds).
    const { assignmentId } = await assignQuestionnaire(
      w.deps,
      w.users.consultantA.actor,
      w.bilanA,
      AssignQuestionnaireSchema.parse({ questionnaire: 'model:histoire-professionnelle' }),
    );
    await submitQuestionnaire(w.deps, actor, assignmentId, {
      version: 1,
      answers: {
        parcours: [{ debut: 2012, fin: 2018, activite: 'Agent d’accueil', cadre: 'Mairie' }],
        haut: 'Un moment fort.',
        bas: 'Un moment difficile.',
        realisations: [{ realisation: 'Un guichet unique' }],
        'fil-rouge': 'Être utile.',
      },
    });
    const periodKey = (await readWorksheetImport(w.deps, actor, w.bilanA)).worksheets[0]!.candidates[0]!.key;
    return {
      periodKey,
      experienceA: await experience(),
      experiencesToDelete: await many(() => experience()),
      competencesToDelete: await many((n) => competence(`Ponctualité ${n}`)),
      domainsToDelete: await many((n) => domain(`Relation ${n}`)),
    };
  },
  cases: (w, f) => {
    // The world exists only once the cases run: read it lazily.
    const base = () => `/api/bilans/${w.bilanA}/portfolio`;
    const fresh = (ids: () => string[]) => {
      let n = 0;
      return () => ids()[Math.min(n++, ids().length - 1)]!;
    };
    const experienceToDelete = fresh(() => f.experiencesToDelete);
    const competenceToDelete = fresh(() => f.competencesToDelete);
    const domainToDelete = fresh(() => f.domainsToDelete);
    const either = { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 };
    const eitherWrites = (status: number) => ({ ...either, consultantA: status, beneficiaryA: status });
    return [
      { method: 'GET', route: '/api/bilans/:id/portfolio', path: () => base(), expect: either, otherwise: 404 },
      {
        method: 'POST',
        route: '/api/bilans/:id/portfolio/experiences',
        path: () => `${base()}/experiences`,
        body: () => ({ ...EXPERIENCE, title: `Expérience ${unique()}` }),
        expect: either,
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/portfolio/experiences/:itemId/delete',
        path: () => `${base()}/experiences/${experienceToDelete()}/delete`,
        expect: eitherWrites(204),
        otherwise: 404,
      },
      {
        method: 'GET',
        route: '/api/bilans/:id/portfolio/experiences/:itemId/proposals',
        path: () => `${base()}/experiences/${f.experienceA}/proposals`,
        expect: either,
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/portfolio/experiences/:itemId/proposals',
        path: () => `${base()}/experiences/${f.experienceA}/proposals`,
        body: () => ({ keep: [], reject: ['123456'] }),
        expect: either,
        otherwise: 404,
      },
      {
        method: 'GET',
        route: '/api/bilans/:id/portfolio/savoir-etre-proposals',
        path: () => `${base()}/savoir-etre-proposals`,
        expect: either,
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/portfolio/savoir-etre-proposals',
        path: () => `${base()}/savoir-etre-proposals`,
        body: () => ({ reject: ['stress'] }),
        expect: either,
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/portfolio/competences',
        path: () => `${base()}/competences`,
        body: () => ({ kind: 'savoir_faire', label: `Accueillir ${unique()}` }),
        expect: either,
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/portfolio/competences/:itemId/delete',
        path: () => `${base()}/competences/${competenceToDelete()}/delete`,
        expect: eitherWrites(204),
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/portfolio/domains',
        path: () => `${base()}/domains`,
        body: () => ({ label: `Domaine ${unique()}` }),
        expect: either,
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/portfolio/domains/:itemId/delete',
        path: () => `${base()}/domains/${domainToDelete()}/delete`,
        expect: eitherWrites(204),
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/portfolio/order',
        path: () => `${base()}/order`,
        body: () => ({ list: 'experiences', ids: [f.experienceA] }),
        expect: eitherWrites(204),
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/portfolio/comments',
        path: () => `${base()}/comments`,
        body: () => ({ experienceId: f.experienceA, body: 'Belle progression sur cette période.' }),
        expect: eitherWrites(201),
        otherwise: 404,
      },
      {
        method: 'GET',
        route: '/api/bilans/:id/portfolio/export.json',
        path: () => `${base()}/export.json`,
        expect: either,
        otherwise: 404,
      },
      {
        method: 'GET',
        route: '/api/bilans/:id/portfolio/worksheet-import',
        path: () => `${base()}/worksheet-import`,
        expect: either,
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/portfolio/worksheet-import',
        path: () => `${base()}/worksheet-import`,
        body: () => ({ items: [{ key: f.periodKey, kind: 'professional' }] }),
        expect: either,
        otherwise: 404,
      },
      {
        method: 'GET',
        route: '/api/bilans/:id/portfolio.pdf',
        path: () => `${base()}.pdf`,
        expect: either,
        otherwise: 404,
      },
    ];
  },
});
