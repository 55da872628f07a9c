/** The authorisation matrix's cases for this capability's routes (run by `src/app/authorization.db.test.ts`). */
import { authorizationCases } from '../../../tests/support/authorization.ts';
import { MINI_IPIP_DEFINITION } from '../../instruments/domain/bigfive/definitions.ts';
import { assignQuestionnaire } from '../use-cases/assign-questionnaire.ts';
import { submitQuestionnaire } from '../use-cases/submit-questionnaire.ts';

const MINI_ANSWERS = Object.fromEntries(
  MINI_IPIP_DEFINITION.sections.flatMap((s) => s.questions).map((q, i) => [q.id, (i % 5) + 1]),
);

export const questionnairesAuthorization = authorizationCases({
  async setUp(w) {
    const assignA = async (questionnaire: string) =>
      (
        await assignQuestionnaire(w.deps, w.A.consultant.actor, w.bilanA, {
          questionnaire,
          dueOn: undefined,
          seanceId: undefined,
        })
      ).assignmentId;
    const fixtures = {
      assignmentA: await assignA('model:attentes-du-bilan'),
      toSubmit: await assignA('instrument:bigfive-mini-ipip'),
      toWithdraw: await assignA('model:activite-ideale'),
      submitted: await assignA('instrument:bigfive-mini-ipip'),
    };
    await submitQuestionnaire(w.deps, w.users.beneficiaryA.actor, fixtures.submitted, {
      version: 1,
      answers: MINI_ANSWERS,
    });
    return fixtures;
  },
  cases: (w, f) => [
    {
      method: 'GET',
      route: '/api/bilans/:id/questionnaires',
      path: () => `/api/bilans/${w.bilanA}/questionnaires`,
      expect: { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 },
      otherwise: 404,
    },
    {
      method: 'POST',
      route: '/api/bilans/:id/questionnaires',
      path: () => `/api/bilans/${w.bilanA}/questionnaires`,
      body: () => ({ questionnaire: 'instrument:riasec-iip', dueOn: '2027-01-15' }),
      expect: { anonymous: 401, consultantA: 201, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'GET',
      route: '/api/assignments/:id',
      path: () => `/api/assignments/${f.submitted}`,
      expect: { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 },
      otherwise: 404,
    },
    {
      method: 'POST',
      route: '/api/assignments/:id/draft',
      path: () => `/api/assignments/${f.assignmentA}/draft`,
      body: () => ({ version: 1, answers: { declencheur: 'Premier jet' } }),
      expect: { anonymous: 401, beneficiaryA: 200, otherBeneficiaryA: 404, beneficiaryB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/assignments/:id/submit',
      path: () => `/api/assignments/${f.toSubmit}/submit`,
      body: () => ({ version: 1, answers: MINI_ANSWERS }),
      expect: { anonymous: 401, beneficiaryA: 200, otherBeneficiaryA: 404, beneficiaryB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/assignments/:id/withdraw',
      path: () => `/api/assignments/${f.toWithdraw}/withdraw`,
      expect: { anonymous: 401, consultantA: 204, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/assignments/:id/comments',
      path: () => `/api/assignments/${f.assignmentA}/comments`,
      body: () => ({ questionId: 'declencheur', body: 'Parlons-en.' }),
      expect: { anonymous: 401, consultantA: 201, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/assignments/:id/debrief',
      path: () => `/api/assignments/${f.submitted}/debrief`,
      body: () => ({ debrief: 'Notes de restitution.' }),
      expect: { anonymous: 401, consultantA: 204, otherConsultantA: 404, consultantB: 404 },
      otherwise: 403,
    },
  ],
});
