/** The authorisation matrix's cases for this capability's routes (run by `src/app/authorization.db.test.ts`). */
import { authorizationCases, unique } from '../../../tests/support/authorization.ts';
import { assignQuestionnaire } from '../../questionnaires/use-cases/assign-questionnaire.ts';
import { inviteRespondent } from '../use-cases/invite-respondent.ts';

export const feedbackAuthorization = authorizationCases({
  async setUp(w) {
    const softSkills = (
      await assignQuestionnaire(w.deps, w.A.consultant.actor, w.bilanA, {
        questionnaire: 'instrument:savoir-etre',
        dueOn: undefined,
        seanceId: undefined,
      })
    ).assignmentId;
    const invitation = (
      await inviteRespondent(w.deps, w.users.beneficiaryA.actor, softSkills, { email: 'regard.revoque@exemple.fr' })
    ).invitationId;
    const resent = (
      await inviteRespondent(w.deps, w.users.beneficiaryA.actor, softSkills, { email: 'regard.renvoi@exemple.fr' })
    ).invitationId;
    return { softSkills, invitation, resent };
  },
  cases: (_w, f) => [
    {
      method: 'GET',
      route: '/api/assignments/:id/feedback',
      path: () => `/api/assignments/${f.softSkills}/feedback`,
      expect: { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 },
      otherwise: 404,
    },
    {
      method: 'POST',
      route: '/api/assignments/:id/feedback',
      path: () => `/api/assignments/${f.softSkills}/feedback`,
      body: () => ({ email: `regard${unique()}@exemple.fr` }),
      expect: { anonymous: 401, beneficiaryA: 201, otherBeneficiaryA: 404, beneficiaryB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/feedback/:id/revoke',
      path: () => `/api/feedback/${f.invitation}/revoke`,
      expect: { anonymous: 401, beneficiaryA: 204, otherBeneficiaryA: 404, beneficiaryB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/feedback/:id/resend',
      path: () => `/api/feedback/${f.resent}/resend`,
      expect: { anonymous: 401, beneficiaryA: 204, otherBeneficiaryA: 404, beneficiaryB: 404 },
      otherwise: 403,
    },
    {
      method: 'GET',
      route: '/api/regard/:token',
      path: () => '/api/regard/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      expect: {},
      otherwise: 404,
    },
    {
      method: 'POST',
      route: '/api/regard/:token',
      path: () => '/api/regard/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      body: () => ({ answers: {} }),
      expect: {},
      otherwise: 404,
    },
  ],
});
